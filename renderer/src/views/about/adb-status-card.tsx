// What main found out about adb (`adb.status`): binary, version, server, port and any problem.
import type { ReactNode } from 'react';
import type { AdbStatus } from '../../../../preload/contract';
import { ERROR_MESSAGE_KEYS, isApiErrorCode } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/translate';
import type { Fact } from './facts-card';
import { FactsCard } from './facts-card';

const serverText = (adb: AdbStatus, t: Translate): string => {
  if (!adb.serverRunning) return t('about.adb.serverStopped');
  return adb.serverVersion === undefined
    ? t('about.adb.serverRunning')
    : t('about.adb.serverRunningProtocol', { version: adb.serverVersion });
};

/** A known error code gets the localised advice; the main process's own words follow as detail. */
const ProblemText = ({ problem }: { problem: NonNullable<AdbStatus['problem']> }): ReactNode => {
  const { t } = useI18n();
  if (!isApiErrorCode(problem.code)) return problem.message;
  return (
    <>
      {t(ERROR_MESSAGE_KEYS[problem.code])}
      <br />
      <small lang="en">{problem.message}</small>
    </>
  );
};

const yesNo = (value: boolean, t: Translate): ReactNode => (
  <span className={value ? 'status-ok' : 'status-bad'}>{value ? t('about.yes') : t('about.no')}</span>
);

export const AdbStatusCard = ({ adb }: { adb: AdbStatus }): ReactNode => {
  const { t } = useI18n();
  const facts: Fact[] = [
    { label: t('about.adb.found'), value: yesNo(adb.found, t) },
    { label: t('about.adb.path'), value: adb.binaryPath ?? t('about.unknown') },
    { label: t('about.adb.clientVersion'), value: adb.clientVersion ?? t('about.unknown') },
    { label: t('about.adb.server'), value: serverText(adb, t) },
    // A port is an identifier: no digit grouping.
    { label: t('about.adb.port'), value: String(adb.serverPort) },
    ...(adb.problem ? [{ label: t('about.adb.problem'), value: <ProblemText problem={adb.problem} /> }] : []),
  ];
  return (
    <FactsCard title={t('about.adb.heading')} facts={facts}>
      {adb.found ? null : <p className="hint">{t('about.adb.notFoundHint')}</p>}
    </FactsCard>
  );
};
