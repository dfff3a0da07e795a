// Shown instead of the device list when adb cannot be used: how to install it (per system, the
// current one first), or how to stop a server of another version.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { AdbStatus } from '../../../../preload/contract';
import { AdbProblemCode } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { installOptions, killServerCommand } from './adb-install';

interface AdbProblemPanelProps {
  readonly adb: AdbStatus;
  readonly platform: string | undefined;
  readonly onCheckAgain: () => void;
}

const InstallList = ({ platform }: { platform: string | undefined }): ReactNode => {
  const { t } = useI18n();
  return (
    <dl className="install-list">
      {installOptions(platform).map((option) => (
        <div key={option.os} className={option.current ? 'install-current' : undefined}>
          <dt>{option.current ? t('devices.adb.yourSystem', { os: t(option.label) }) : t(option.label)}</dt>
          <dd>
            {option.commands.map((command) => (
              <code key={command} className="command">
                {command}
              </code>
            ))}
            {option.steps === undefined ? null : <p>{t(option.steps)}</p>}
          </dd>
        </div>
      ))}
    </dl>
  );
};

export const AdbProblemPanel = ({ adb, platform, onCheckAgain }: AdbProblemPanelProps): ReactNode => {
  const { t } = useI18n();
  const headingId = useId();
  const code = adb.problem?.code ?? AdbProblemCode.NotFound;
  const notFound = code === AdbProblemCode.NotFound || !adb.found;
  const mismatch = code === AdbProblemCode.VersionMismatch;
  const title = notFound
    ? t('devices.adb.notFound.title')
    : mismatch
      ? t('devices.adb.mismatch.title')
      : t('devices.adb.other.title');
  return (
    <section className="card problem-card" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {notFound ? (
        <>
          <p>{t('devices.adb.notFound.body')}</p>
          <InstallList platform={platform} />
        </>
      ) : mismatch ? (
        <>
          <p>{t('devices.adb.mismatch.body')}</p>
          <code className="command">{killServerCommand(adb.serverPort)}</code>
        </>
      ) : null}
      {adb.problem === undefined ? null : (
        <p className="hint">
          <small lang="en">{t('devices.adb.details', { message: adb.problem.message })}</small>
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={onCheckAgain}>
          {t('devices.adb.checkAgain')}
        </button>
        <a href={routeHref('settings')}>{t('devices.adb.openSettings')}</a>
      </div>
    </section>
  );
};
