// `privacyscope scan [--serial S] [--user N] [--from-dir DIR | --from-bugreport FILE] [--json]
// [--out FILE] [--adb-port P]`: reads one DeviceSnapshot (live over adb, or offline), audits it
// (category, findings and score per app, dated at the snapshot's time) and prints a readable
// summary with the worst apps, or with --json the audited snapshot (schema: README "Scan JSON
// schema (v1)"). --out also writes that JSON to FILE.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { AdbService } from '../adb/adb-service';
import { auditJson } from '../audit/audit-json';
import { auditSnapshot } from '../audit/audit-snapshot';
import { scanDevice, scanFromBugreport, scanFromFolder } from '../reader/scan';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import { parseAdbPort, withAdbService } from './adb-session-options';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';
import { message } from './scan-messages';
import { formatAuditSummary, formatScanSummary } from './scan-summary';

const usage = `Usage: privacyscope scan [options]

Reads a phone's apps, permissions, app ops and special access for one user, live over adb or
from captured outputs, judges each app against the necessity rules of its type, and prints a
summary with the worst apps (or the snapshot with categories, findings and scores as JSON).

Options:
  --serial S             the device to read (default: the only connected device)
  --user N               the Android user / profile to read (default 0)
  --from-dir DIR         read a folder of captured outputs (getprop.txt, dumpsys-package.txt, …)
  --from-bugreport FILE  read an adb bugreport (.zip or .txt)
  --json                 print the audited snapshot as JSON
  --out FILE             also write the JSON to FILE
  --adb-port P           the adb server's port (default 5037)`;

export interface ScanCliOptions {
  readonly serial?: string;
  readonly userId: number;
  readonly fromDir?: string;
  readonly fromBugreport?: string;
  readonly json: boolean;
  readonly out?: string;
  readonly adbPort: number;
}

export const parseScanArgs = (args: readonly string[]): ScanCliOptions => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      serial: { type: 'string' },
      user: { type: 'string' },
      'from-dir': { type: 'string' },
      'from-bugreport': { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      'adb-port': { type: 'string' },
    },
  });
  const user = values.user ?? '0';
  if (!/^\d{1,9}$/.test(user)) throw new CliUsageError(message('badUser', { value: JSON.stringify(user) }));
  if (values['from-dir'] !== undefined && values['from-bugreport'] !== undefined) {
    throw new CliUsageError(message('bothSources'));
  }
  return {
    userId: Number(user),
    json: values.json === true,
    adbPort: parseAdbPort(values['adb-port']),
    ...(values.serial === undefined ? {} : { serial: values.serial }),
    ...(values['from-dir'] === undefined ? {} : { fromDir: values['from-dir'] }),
    ...(values['from-bugreport'] === undefined ? {} : { fromBugreport: values['from-bugreport'] }),
    ...(values.out === undefined ? {} : { out: values.out }),
  };
};

class ScanTargetError extends Error {
  override readonly name = 'ScanTargetError';
}

/** The serial to scan: the one given, else the only device in the `device` state. */
const pickSerial = async (service: AdbService, options: ScanCliOptions): Promise<string> => {
  const devices = await service.listDevices();
  if (options.serial !== undefined) {
    const listed = devices.find((device) => device.serial === options.serial);
    if (listed !== undefined && listed.state !== 'device') {
      throw new ScanTargetError(message('notReady', { serial: listed.serial, state: listed.state }));
    }
    return options.serial;
  }
  const ready = devices.filter((device) => device.state === 'device');
  if (ready.length === 0) throw new ScanTargetError(message('noDevice', { port: options.adbPort }));
  if (ready.length > 1) {
    throw new CliUsageError(message('severalDevices', { serials: ready.map((d) => d.serial).join(', ') }));
  }
  return ready[0]?.serial ?? '';
};

export const readSnapshot = async (options: ScanCliOptions, io: CliIo): Promise<DeviceSnapshot> => {
  const offline = {
    userId: options.userId,
    ...(options.serial === undefined ? {} : { serial: options.serial }),
  };
  if (options.fromDir !== undefined) return scanFromFolder(options.fromDir, offline);
  if (options.fromBugreport !== undefined) return scanFromBugreport(options.fromBugreport, offline);
  return withAdbService(options.adbPort, async (service) => {
    const serial = await pickSerial(service, options);
    return scanDevice(service.device(serial), { userId: options.userId, signal: io.signal });
  });
};

const runScan = async (args: readonly string[], io: CliIo): Promise<number> => {
  const options = parseScanArgs(args);
  const snapshot = await readSnapshot(options, io);
  const audit = auditSnapshot(snapshot, { now: snapshot.takenAtMs });
  const json = JSON.stringify(auditJson(audit), null, 2);
  if (options.out !== undefined) await writeFile(options.out, `${json}\n`);
  if (options.json) io.out(json);
  else {
    for (const line of [...formatScanSummary(snapshot), ...formatAuditSummary(audit)]) io.out(line);
    if (options.out !== undefined) io.out(message('wrote', { file: options.out }));
  }
  return 0;
};

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: message('scanSummary'),
  usage,
  run: runScan,
};
