// `scan --all`: scans every ready phone (scan-fleet.ts), printing each phone's summary as it
// finishes and each failure on stderr, then the final table, or with --json one document for
// all devices; writes --out-dir; names the phones over --fail-on. Exit: 1 when no phone was
// ready, else fail-on.ts (4 when a phone failed, 3 over the threshold, 0).
import { withAdbService } from './adb-session-options';
import type { CliIo } from './command';
import { isScanned, type DeviceScanResult } from './device-scan-result';
import { EXIT } from './exit-codes';
import { scanExitCode, thresholdLines } from './fail-on';
import { fleetJson, formatFleetTable } from './fleet-output';
import { writeReportDir } from './scan-files';
import { scanFleet } from './scan-fleet';
import { message } from './scan-messages';
import type { ScanCliOptions } from './scan-options';
import { formatAuditSummary, formatScanSummary } from './scan-summary';

const printResult = (result: DeviceScanResult, options: ScanCliOptions, io: CliIo): void => {
  if (!isScanned(result)) {
    io.err(message('phoneFailed', { serial: result.serial, reason: result.reason }));
    return;
  }
  if (options.json) return;
  const { audit } = result;
  const lines = [
    '',
    message('phoneTitle', { serial: result.serial }),
    ...formatScanSummary(audit.snapshot),
    ...formatAuditSummary(audit),
  ];
  for (const line of lines) io.out(line);
};

export const runScanAll = async (options: ScanCliOptions, io: CliIo): Promise<number> => {
  const startedAtMs = Date.now();
  const results = await withAdbService(options.adbPort, (service) =>
    scanFleet(service, {
      userId: options.userId,
      jobs: options.jobs,
      labels: options.labels,
      signal: io.signal,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      onResult: (result) => printResult(result, options, io),
    }),
  );
  const scanned = results.filter(isScanned);
  const notes: string[] = [];
  if (options.outDir !== undefined && scanned.length > 0) {
    const files = await writeReportDir({
      dir: options.outDir,
      audits: scanned.map(({ serial, audit }) => ({ serial, audit })),
      html: options.html !== undefined,
    });
    notes.push(message('wroteFiles', { count: files.length, dir: options.outDir }));
  }
  if (options.json) io.out(JSON.stringify(fleetJson({ results, startedAtMs }), null, 2));
  else for (const line of ['', ...formatFleetTable(results), ...notes]) io.out(line);
  for (const line of thresholdLines(results, options.failOn)) (options.json ? io.err : io.out)(line);
  if (results.every((result) => result.status === 'skipped')) {
    io.err(message('noneReady', { port: options.adbPort }));
    return EXIT.failure;
  }
  return scanExitCode({ results, ...(options.failOn === undefined ? {} : { failOn: options.failOn }) });
};
