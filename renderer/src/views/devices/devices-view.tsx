// Devices: every phone on every adb server, live; add one (network, pairing code, remote
// server) or open the demo phone. When adb itself is unusable, explain how to fix that instead.
import './devices.css';
import type { ReactNode } from 'react';
import { useCallback, useId } from 'react';
import type { DeviceSummary } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { usePhoneStore } from '../../state/phone-store';
import { ViewHeading } from '../view-heading';
import { AdbProblemPanel } from './adb-problem-panel';
import { AdbServerForm } from './adb-server-form';
import { ConnectForm } from './connect-form';
import { DemoPhoneCard } from './demo-phone-card';
import { DeviceTable } from './device-table';
import { sameDevice } from './device-model';
import { PairForm } from './pair-form';
import { useAction } from './use-action';
import { useDevices } from './use-devices';

export const DevicesView = (): ReactNode => {
  const api = useApi();
  const { t } = useI18n();
  const { devices, adb, platform, error, loading, refresh } = useDevices();
  const selectDevice = usePhoneStore((state) => state.selectDevice);
  const current = usePhoneStore((state) => state.device);
  const demo = useAction();
  const addHeadingId = useId();

  const select = useCallback(
    (device: DeviceSummary) => {
      selectDevice({ serial: device.serial, server: device.server });
      window.location.hash = routeHref('overview');
    },
    [selectDevice],
  );

  const stopDemo = (device: DeviceSummary): void =>
    void demo.run(async () => {
      await api.demo.stop({ serial: device.serial });
      if (sameDevice(current, device)) selectDevice(undefined);
      refresh();
      return undefined;
    });

  const adbUnusable = adb !== undefined && (!adb.found || adb.problem !== undefined);
  return (
    <>
      <ViewHeading>{t('devices.title')}</ViewHeading>
      <p>{t('devices.intro')}</p>
      <div className="toolbar">
        <button type="button" onClick={refresh} disabled={loading}>
          {t('devices.refresh')}
        </button>
      </div>
      {error === undefined ? null : (
        <div className="error-panel" role="alert">
          <p>{describeError(error, t)}</p>
          <button type="button" onClick={refresh}>
            {t('error.retry')}
          </button>
        </div>
      )}
      {adb !== undefined && adbUnusable ? (
        <AdbProblemPanel adb={adb} platform={platform} onCheckAgain={refresh} />
      ) : (
        <>
          <DeviceTable devices={devices} busy={demo.busy} onSelect={select} onStopDemo={stopDemo} />
          <DemoPhoneCard action={demo} onStarted={refresh} />
          <section className="card" aria-labelledby={addHeadingId}>
            <h2 id={addHeadingId}>{t('devices.add.heading')}</h2>
            <ConnectForm onChanged={refresh} />
            <PairForm onChanged={refresh} />
            <AdbServerForm onChanged={refresh} />
          </section>
        </>
      )}
    </>
  );
};
