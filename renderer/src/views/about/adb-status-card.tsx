// What main found out about adb (`adb.status`): binary, version, server, port and any problem.
import type { ReactNode } from 'react';
import { AdbProblemCode } from '../../../../preload/contract';
import type { AdbStatus } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import type { PlainMessageKey, Translate } from '../../i18n/translate';
import type { Fact } from './facts-card';
import { FactsCard } from './facts-card';

const serverText = (adb: AdbStatus, t: Translate): string => {
  if (!adb.serverRunning) return t('about.adb.serverStopped');
  return adb.serverVersion === undefined
    ? t('about.adb.serverRunning')
    : t('about.adb.serverRunningProtocol', { version: adb.serverVersion });
};

const PROBLEM_MESSAGE_KEYS = {
  [AdbProblemCode.NotFound]: 'error.code.adb-unavailable',
  [AdbProblemCode.VersionMismatch]: 'error.code.adb-version-mismatch',
  [AdbProblemCode.ServerNotRunning]: 'about.adb.problem.server-not-running',
  [AdbProblemCode.BinaryBroken]: 'about.adb.problem.binary-broken',
} as const satisfies { readonly [C in AdbProblemCode]: PlainMessageKey };

/** Each problem gets the localised advice; the main process's own words follow as detail. */
const ProblemText = ({ problem }: { problem: NonNullable<AdbStatus['problem']> }): ReactNode => {
  const { t } = useI18n();
  const key = (PROBLEM_MESSAGE_KEYS as Readonly<Record<string, PlainMessageKey>>)[problem.code];
  if (key === undefined) return problem.message;
  return (
    <>
      {t(key)}
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
