// `privacyscope devices [--json] [--adb-port P]`: the devices on the adb server with their
// state, and for devices in the `device` state the model and Android version (getprop).
import { parseArgs } from 'node:util';
import type { DeviceSummary } from '../../preload/contract';
import type { AdbService } from '../adb/adb-service';
import { deviceInfoFromProps } from '../reader/parsers/getprop';
import { parseAdbPort, withAdbService } from './adb-session-options';
import type { CliCommand, CliIo } from './command';
import { message } from './scan-messages';

export interface DeviceListing {
  readonly serial: string;
  readonly state: DeviceSummary['state'];
  readonly server: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly release?: string;
  readonly sdk?: number;
}

const PROPS_TIMEOUT_MS = 10_000;

const usage = `Usage: privacyscope devices [--json] [--adb-port P]

Lists the devices on the adb server: serial, state, model and Android version.

Options:
  --json        print JSON: [{serial, state, server, manufacturer?, model?, release?, sdk?}]
  --adb-port P  the adb server's port (default 5037)`;

/** The devices with model/version read from each ready device's properties. */
export const listDeviceDetails = async (service: AdbService): Promise<DeviceListing[]> => {
  const devices = await service.listDevices();
  return Promise.all(
    devices.map(async (device): Promise<DeviceListing> => {
      const base = { serial: device.serial, state: device.state, server: device.server };
      const fallback = device.model === undefined ? base : { ...base, model: device.model };
      if (device.state !== 'device') return fallback;
      try {
        const props = await service
          .device(device.serial, device.server)
          .getProperties({ timeoutMs: PROPS_TIMEOUT_MS });
        const info = deviceInfoFromProps(props);
        return {
          ...fallback,
          ...(info.manufacturer === undefined ? {} : { manufacturer: info.manufacturer }),
          ...(info.model === undefined ? {} : { model: info.model }),
          ...(info.release === undefined ? {} : { release: info.release }),
          ...(info.sdk === undefined ? {} : { sdk: info.sdk }),
        };
      } catch {
        return fallback;
      }
    }),
  );
};

const formatTable = (devices: readonly DeviceListing[]): string[] => {
  const rows = devices.map((device) => [
    device.serial,
    device.state,
    [device.manufacturer, device.model].filter((part) => part !== undefined).join(' '),
    device.release === undefined
      ? ''
      : `Android ${device.release}${device.sdk === undefined ? '' : ` (SDK ${device.sdk})`}`,
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
};

const runDevices = async (args: readonly string[], io: CliIo): Promise<number> => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { json: { type: 'boolean' }, 'adb-port': { type: 'string' } },
  });
  const port = parseAdbPort(values['adb-port']);
  const devices = await withAdbService(port, listDeviceDetails);
  if (values.json === true) io.out(JSON.stringify(devices, null, 2));
  else if (devices.length === 0) io.out(message('noDevices', { port }));
  else for (const line of formatTable(devices)) io.out(line);
  return 0;
};

export const devicesCommand: CliCommand = {
  name: 'devices',
  summary: message('devicesSummary'),
  usage,
  run: runDevices,
};
