// Pure: parses the adb server's device list (`host:devices-l`, `host:track-devices-l`, or the
// short `serial\tstate` form) and diffs two lists into typed added/removed/changed events.
import type { DeviceState, DeviceSummary } from '../../preload/contract';

const STATES: Readonly<Record<string, DeviceState>> = {
  device: 'device',
  unauthorized: 'unauthorized',
  authorizing: 'unauthorized',
  offline: 'offline',
  connecting: 'offline',
};

export const toDeviceState = (adbState: string): DeviceState => STATES[adbState] ?? 'unknown';

const LINE = /^(\S+)\s+(no permissions.*?(?=\s+[a-z_]+:\S|$)|\S+)\s*(.*)$/;

/** Parses one listing; lines that are not device lines (e.g. "List of devices") are skipped. */
export const parseDeviceList = (text: string, server: string): DeviceSummary[] => {
  const devices: DeviceSummary[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('List of devices') || line.startsWith('*')) continue;
    const match = LINE.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const fields = new Map<string, string>();
    for (const pair of (match[3] ?? '').matchAll(/([a-z_]+):(\S+)/g)) {
      if (pair[1] !== undefined && pair[2] !== undefined) fields.set(pair[1], pair[2]);
    }
    const model = fields.get('model');
    const product = fields.get('product');
    devices.push({
      serial: match[1],
      state: toDeviceState(match[2]),
      server,
      ...(model === undefined ? {} : { model }),
      ...(product === undefined ? {} : { product }),
    });
  }
  return devices;
};

/** Devices are identified by server + serial: the same serial may sit on two servers. */
export const deviceKey = (device: Pick<DeviceSummary, 'server' | 'serial'>): string =>
  `${device.server}/${device.serial}`;

export interface DeviceChange {
  readonly added: readonly DeviceSummary[];
  readonly removed: readonly DeviceSummary[];
  readonly changed: readonly { readonly before: DeviceSummary; readonly after: DeviceSummary }[];
}

export const isEmptyChange = (change: DeviceChange): boolean =>
  change.added.length === 0 && change.removed.length === 0 && change.changed.length === 0;

const sameDevice = (a: DeviceSummary, b: DeviceSummary): boolean =>
  a.state === b.state && a.model === b.model && a.product === b.product;

export const diffDevices = (
  before: readonly DeviceSummary[],
  after: readonly DeviceSummary[],
): DeviceChange => {
  const old = new Map(before.map((d) => [deviceKey(d), d]));
  const now = new Map(after.map((d) => [deviceKey(d), d]));
  const added: DeviceSummary[] = [];
  const changed: { before: DeviceSummary; after: DeviceSummary }[] = [];
  for (const [key, device] of now) {
    const previous = old.get(key);
    if (!previous) added.push(device);
    else if (!sameDevice(previous, device)) changed.push({ before: previous, after: device });
  }
  const removed = before.filter((d) => !now.has(deviceKey(d)));
  return { added, removed, changed };
};
