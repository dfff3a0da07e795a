// One phone in the device table: name, state (with guidance when the user must act), Android
// version, server and the actions that fit its state.
import type { ReactNode } from 'react';
import type { DeviceSummary } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import type { PlainMessageKey } from '../../i18n/translate';
import { deviceName } from './device-model';

const STATE_LABELS = {
  device: 'devices.state.device',
  unauthorized: 'devices.state.unauthorized',
  offline: 'devices.state.offline',
  unknown: 'devices.state.unknown',
} as const satisfies Readonly<Record<DeviceSummary['state'], PlainMessageKey>>;

const GUIDANCE = {
  unauthorized: 'devices.guidance.unauthorized',
  offline: 'devices.guidance.offline',
  unknown: 'devices.guidance.unknown',
} as const satisfies Readonly<Record<Exclude<DeviceSummary['state'], 'device'>, PlainMessageKey>>;

export interface DeviceRowProps {
  readonly device: DeviceSummary;
  readonly selected: boolean;
  readonly busy: boolean;
  readonly onSelect: (device: DeviceSummary) => void;
  readonly onStopDemo: (device: DeviceSummary) => void;
}

export const DeviceRow = ({ device, selected, busy, onSelect, onStopDemo }: DeviceRowProps): ReactNode => {
  const { t } = useI18n();
  const name = deviceName(device) ?? device.serial;
  const state = device.state in STATE_LABELS ? device.state : 'unknown';
  return (
    <tr aria-current={selected ? 'true' : undefined}>
      <th scope="row">
        <span className="device-name">{deviceName(device) ?? t('devices.unknownModel')}</span>
        <span className="device-serial">{device.serial}</span>
        {device.demoProfile === undefined ? null : (
          <span className="badge">{t('devices.demoBadge', { profile: device.demoProfile })}</span>
        )}
      </th>
      <td>
        <span className={`device-state device-state-${state}`}>{t(STATE_LABELS[state])}</span>
        {state === 'device' ? null : <p className="guidance">{t(GUIDANCE[state])}</p>}
      </td>
      <td>
        {device.release === undefined
          ? '—'
          : device.sdk === undefined
            ? device.release
            : t('devices.android', { release: device.release, sdk: device.sdk })}
      </td>
      <td>{device.server}</td>
      <td className="device-actions">
        {state === 'device' ? (
          <button type="button" onClick={() => onSelect(device)} aria-pressed={selected}>
            {t('devices.select', { name })}
          </button>
        ) : null}
        {device.demoProfile === undefined ? null : (
          <button type="button" disabled={busy} onClick={() => onStopDemo(device)}>
            {t('devices.demo.stop', { serial: device.serial })}
          </button>
        )}
      </td>
    </tr>
  );
};
