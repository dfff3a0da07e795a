// Overview of the selected phone: score, findings by severity, the apps × groups heat map,
// sensitive use over time, special access, trackers, the riskiest apps, rescan and export.
import './overview.css';
import type { ReactNode } from 'react';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { usePhoneStore } from '../../state/phone-store';
import { deviceName } from '../devices/device-model';
import { ViewHeading } from '../view-heading';
import { ExportReport } from './export-report';
import { HeatMapCard } from './heat-map-card';
import { ScanProgress } from './scan-progress';
import { ScoreCard } from './score-card';
import { SpecialAccessCard } from './special-access-card';
import { TimelineCard } from './timeline-card';
import { TrackersCard } from './trackers-card';
import { usePhoneScan } from './use-phone-scan';
import { WorstAppsCard } from './worst-apps-card';

export const OverviewView = (): ReactNode => {
  const { t, format } = useI18n();
  const device = usePhoneStore((state) => state.device);
  const scan = usePhoneStore((state) => state.scan);
  const { loading, taskId, progress, error, cancelled, rescan, cancel } = usePhoneScan(device);

  if (device === undefined)
    return (
      <>
        <ViewHeading>{t('overview.title')}</ViewHeading>
        <p>{t('overview.noDevice')}</p>
        <p>
          <a href={routeHref('devices')}>{t('overview.goDevices')}</a>
        </p>
      </>
    );

  const name = (scan && deviceName(scan.device)) ?? device.serial;
  return (
    <>
      <ViewHeading>{t('overview.title')}</ViewHeading>
      <div className="toolbar">
        <p className="overview-phone">
          {scan?.device.release === undefined
            ? name
            : t('overview.phone', { name, release: scan.device.release })}
          {scan === undefined ? null : (
            <span className="hint">
              {' '}
              · {t('overview.scannedAt', { time: format.dateTime(scan.takenAtMs) })}
            </span>
          )}
        </p>
        <button type="button" onClick={rescan} disabled={taskId !== undefined || loading}>
          {t('overview.rescan')}
        </button>
      </div>
      {loading ? <p role="status">{t('overview.loading')}</p> : null}
      {taskId === undefined ? null : <ScanProgress progress={progress} onCancel={cancel} />}
      {cancelled ? <p role="status">{t('overview.cancelled')}</p> : null}
      {error === undefined ? null : (
        <div className="error-panel" role="alert">
          <p>{describeError(error, t)}</p>
          <button type="button" onClick={rescan}>
            {t('error.retry')}
          </button>
        </div>
      )}
      {scan === undefined ? null : (
        <>
          {scan.partial ? <p className="hint">{t('overview.partial')}</p> : null}
          <ScoreCard summary={scan.summary} />
          <WorstAppsCard apps={scan.apps} />
          <HeatMapCard apps={scan.apps} />
          <TimelineCard scan={scan} />
          <div className="overview-row">
            <SpecialAccessCard scan={scan} device={device} />
            <TrackersCard scan={scan} />
          </div>
          <ExportReport device={device} />
        </>
      )}
    </>
  );
};
