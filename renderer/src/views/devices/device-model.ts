// Plain helpers of the Devices view: list order, display names and form validation.
import type { DeviceState, DeviceSummary } from '../../../../preload/contract';

const STATE_RANK: Readonly<Record<DeviceState, number>> = {
  device: 0,
  unauthorized: 1,
  offline: 2,
  unknown: 3,
};

/** Ready phones first, then those needing the user; within a state by server, then serial. */
export const sortDevices = (devices: readonly DeviceSummary[]): readonly DeviceSummary[] =>
  [...devices].sort(
    (a, b) =>
      (STATE_RANK[a.state] ?? 9) - (STATE_RANK[b.state] ?? 9) ||
      a.server.localeCompare(b.server) ||
      a.serial.localeCompare(b.serial),
  );

/** "Xiaomi 23127PN0CC", the model alone, or undefined when adb told nothing. */
export const deviceName = (device: Pick<DeviceSummary, 'manufacturer' | 'model'>): string | undefined => {
  const model = device.model?.replaceAll('_', ' ');
  if (model === undefined) return device.manufacturer;
  if (device.manufacturer === undefined || model.toLowerCase().startsWith(device.manufacturer.toLowerCase()))
    return model;
  return `${device.manufacturer} ${model}`;
};

export const sameDevice = (
  a: { readonly serial: string; readonly server?: string | undefined } | undefined,
  b: { readonly serial: string; readonly server?: string | undefined } | undefined,
): boolean =>
  a !== undefined && b !== undefined && a.serial === b.serial && (a.server ?? '') === (b.server ?? '');

const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)$/;

/** `host:port` (IPv6 in brackets), trimmed; undefined when malformed. */
export const parseHostPort = (text: string): string | undefined => {
  const value = text.trim();
  const colon = value.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const host = value.slice(0, colon);
  const port = value.slice(colon + 1);
  if (!HOST.test(host) || !/^\d{1,5}$/.test(port)) return undefined;
  const number = Number(port);
  return number >= 1 && number <= 65535 ? `${host}:${number}` : undefined;
};

/** Wireless-debugging pairing codes are six digits. */
export const isPairingCode = (text: string): boolean => /^\d{6}$/.test(text.trim());
