// `privacyscope scan`: one phone (live over adb, or offline from a folder / bugreport) or, with
// --all, every ready phone on the adb server at once. Each phone is audited (category, findings
// and score per app, dated at the snapshot's time) and printed as a readable summary, or with
// --json as the audited snapshot (README "Scan JSON schema (v1)"; --all: one document listing
// every device). --out / --out-dir / --html write the JSON and the HTML report; --fail-on turns
// findings into exit code 3 (exit codes: fail-on.ts).
import { writeFile } from 'node:fs/promises';
import type { AdbService } from '../adb/adb-service';
import { auditSnapshot } from '../audit/audit-snapshot';
import { scanFromBugreport, scanFromFolder } from '../reader/scan';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import { withAdbService } from './adb-session-options';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';
import { DeviceScanStatus, type DeviceScanResult } from './device-scan-result';
import { scanExitCode, thresholdLines } from './fail-on';
import { scanLive } from './live-scan';
import { type ScanCliOptions, parseScanArgs } from './scan-options';
import { message } from './scan-messages';
import { formatAuditSummary, formatScanSummary } from './scan-summary';
import { runScanAll } from './scan-all';
import { auditHtml, auditJsonText, writeReportDir } from './scan-files';

export { parseScanArgs } from './scan-options';
export type { ScanCliOptions } from './scan-options';

const usage = `Usage: privacyscope scan [options]

Reads a phone's apps, permissions, app ops and special access for one user, live over adb or
from captured outputs, judges each app against the necessity rules of its type, and prints a
summary with the worst apps (or the snapshot with categories, findings and scores as JSON).

Options:
  --serial S             the device to read (default: the only connected device)
  --user N               the Android user / profile to read (default 0)
  --from-dir DIR         read a folder of captured outputs (getprop.txt, dumpsys-package.txt, …)
  --from-bugreport FILE  read an adb bugreport (.zip or .txt)
  --json                 print the audited snapshot as JSON (--all: one document for all phones)
  --out FILE             also write the JSON to FILE
  --all                  scan every device in the \`device\` state; others are listed as skipped
  --jobs N               with --all, phones scanned at the same time (default 4)
  --out-dir DIR          write <serial>.json per phone (and <serial>.html with --html)
  --html [FILE]          write the HTML report: to FILE for one phone; bare with --out-dir
  --fail-on SEVERITY     exit 3 when a phone has a finding at or above high, medium or low
  --timeout S            give up on a phone after S seconds (it fails; default: no limit)
  --no-labels            do not read app names from the APKs (faster; apps by package name)
  --adb-port P           the adb server's port (default 5037)

Exit codes: 0 ok, 1 error, 2 usage, 3 findings at or above --fail-on, 4 a phone failed (--all).`;

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
    return scanLive(service.device(serial), {
      userId: options.userId,
      labels: options.labels,
      signal: io.signal,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  });
};

const runOne = async (options: ScanCliOptions, io: CliIo): Promise<number> => {
  const snapshot = await readSnapshot(options, io);
  const audit = auditSnapshot(snapshot, { now: snapshot.takenAtMs });
  const serial = snapshot.device.serial ?? options.serial ?? 'phone';
  const json = auditJsonText(audit);
  const wrote: string[] = [];
  if (options.out !== undefined) {
    await writeFile(options.out, `${json}\n`);
    wrote.push(message('wrote', { file: options.out }));
  }
  if (typeof options.html === 'string') {
    await writeFile(options.html, auditHtml(audit));
    wrote.push(message('wroteHtml', { file: options.html }));
  }
  if (options.outDir !== undefined) {
    const files = await writeReportDir({
      dir: options.outDir,
      audits: [{ serial, audit }],
      html: options.html !== undefined,
    });
    wrote.push(message('wroteFiles', { count: files.length, dir: options.outDir }));
  }
  if (options.json) io.out(json);
  else
    for (const line of [...formatScanSummary(snapshot), ...formatAuditSummary(audit), ...wrote]) io.out(line);
  const results: DeviceScanResult[] = [{ serial, status: DeviceScanStatus.Scanned, audit }];
  for (const line of thresholdLines(results, options.failOn)) (options.json ? io.err : io.out)(line);
  return scanExitCode({ results, ...(options.failOn === undefined ? {} : { failOn: options.failOn }) });
};

const runScan = async (args: readonly string[], io: CliIo): Promise<number> => {
  const options = parseScanArgs(args);
  return options.all ? runScanAll(options, io) : runOne(options, io);
};

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: message('scanSummary'),
  usage,
  run: runScan,
};
