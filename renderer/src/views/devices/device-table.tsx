// Every phone adb sees, as a table (row header = phone), or what to do when there is none.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { DeviceSummary } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { usePhoneStore } from '../../state/phone-store';
import { sameDevice, sortDevices } from './device-model';
import { DeviceRow } from './device-row';

export interface DeviceTableProps {
  readonly devices: readonly DeviceSummary[] | undefined;
  readonly busy: boolean;
  readonly onSelect: (device: DeviceSummary) => void;
  readonly onStopDemo: (device: DeviceSummary) => void;
}

export const DeviceTable = ({ devices, busy, onSelect, onStopDemo }: DeviceTableProps): ReactNode => {
  const { t, format } = useI18n();
  const current = usePhoneStore((state) => state.device);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('devices.listLabel')}</h2>
      {devices === undefined || devices.length === 0 ? null : (
        <p className="hint">{t('devices.count', { count: format.number(devices.length) })}</p>
      )}
      {devices === undefined ? (
        <p role="status">{t('devices.loading')}</p>
      ) : devices.length === 0 ? (
        <p>{t('devices.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('devices.column.phone')}</th>
                <th scope="col">{t('devices.column.state')}</th>
                <th scope="col">{t('devices.column.android')}</th>
                <th scope="col">{t('devices.column.server')}</th>
                <th scope="col">{t('devices.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sortDevices(devices).map((device) => (
                <DeviceRow
                  key={`${device.server}/${device.serial}`}
                  device={device}
                  selected={sameDevice(current, device)}
                  busy={busy}
                  onSelect={onSelect}
                  onStopDemo={onStopDemo}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
