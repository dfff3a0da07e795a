// Live scan: one DeviceSnapshot in two adb round trips, whatever the number of apps (then the
// app labels, apk-labels/, in a few more that do not grow with the number of apps either). Each
// batch is streamed, split into sections by the demultiplexer and fed to the parsers as the
// bytes arrive (the dumps are never held whole). A section the device refuses becomes a
// warning and `partial`; a device error (offline, unauthorized, timeout, dropped connection)
// is thrown as the ADB layer's typed error.
import { TextDecoder } from 'node:util';
import type { DeviceSession } from '../../adb/device-session';
import { SnapshotSource, type AppEntry, type DeviceSnapshot } from '../../snapshot/device-snapshot';
import { attachLabels } from '../apk-labels/attach-labels';
import { assembleSnapshot } from '../assemble/assemble-snapshot';
import { CaptureParsers } from '../assemble/capture-parsers';
import type { InputName } from '../assemble/parsed-captures';
import { DUMP_BATCH, SMALL_BATCH, buildBatch, createScanNonce, type ScanBatch } from './scan-commands';
import { SectionDemuxer } from './section-demuxer';

export interface ScanProgress {
  /** `device` (small outputs), then each dump as it starts, `assemble`, then `labels` (APKs). */
  readonly phase: 'device' | InputName | 'assemble' | 'labels';
  /** Bytes received so far in this scan. */
  readonly bytes: number;
}

export interface LiveScanOptions {
  /** Default 0. */
  readonly userId?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Per round trip; default 30 s for the small batch, 180 s for the dumps. */
  readonly timeoutMs?: number;
  /** IANA zone override (default persist.sys.timezone). */
  readonly timeZone?: string;
  /** Marker nonce (tests); default random per scan. */
  readonly nonce?: string;
  /**
   * App labels from the APKs (apk-labels/), after the two round trips: on by default, reusing
   * the labels of `previous` (the phone's last scan) for unchanged apps; false skips them.
   */
  readonly labels?: false | { readonly previous?: readonly AppEntry[] };
}

const SMALL_TIMEOUT_MS = 30_000;
const DUMP_TIMEOUT_MS = 180_000;
const MAX_DUMP_BYTES = 512 * 1024 * 1024;

interface ScanRun {
  readonly session: DeviceSession;
  readonly parsers: CaptureParsers;
  readonly options: LiveScanOptions;
  bytes: number;
}

const runBatch = async (
  run: ScanRun,
  batch: ScanBatch & { timeoutMs: number; reportSections: boolean },
): Promise<void> => {
  const { parsers, options } = run;
  const report = (phase: ScanProgress['phase'] | undefined): void => {
    if (batch.reportSections && phase !== undefined) options.onProgress?.({ phase, bytes: run.bytes });
  };
  const decoder = new TextDecoder('utf-8');
  const demuxer = new SectionDemuxer({
    nonce: options.nonce ?? '',
    names: batch.names,
    handlers: {
      onStart: (name) => report(name as InputName),
      onData: (name, text) => parsers.push(name as InputName, text),
      onEnd: (name) => parsers.end(name as InputName),
    },
  });
  const stream = run.session.stream(batch.command, {
    timeoutMs: batch.timeoutMs,
    maxOutputBytes: MAX_DUMP_BYTES,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  for await (const chunk of stream) {
    run.bytes += chunk.length;
    demuxer.push(decoder.decode(chunk, { stream: true }));
    report(demuxer.current as InputName | undefined);
  }
  demuxer.push(decoder.decode());
  demuxer.end();
  await stream.exit;
};

/** Reads one user's snapshot from a connected device in a fixed two round trips. */
export const scanDevice = async (
  session: DeviceSession,
  options: LiveScanOptions = {},
): Promise<DeviceSnapshot> => {
  const userId = options.userId ?? 0;
  const nonce = options.nonce ?? createScanNonce();
  const withNonce = { ...options, nonce };
  const parsers = new CaptureParsers({
    mode: 'live',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  });
  const run: ScanRun = { session, parsers, options: withNonce, bytes: 0 };
  let roundTrips = 0;
  options.onProgress?.({ phase: 'device', bytes: 0 });
  const startedAt = Date.now();
  roundTrips += 1;
  await runBatch(run, {
    ...buildBatch(SMALL_BATCH, { nonce, userId }),
    timeoutMs: options.timeoutMs ?? SMALL_TIMEOUT_MS,
    reportSections: false,
  });
  roundTrips += 1;
  await runBatch(run, {
    ...buildBatch(DUMP_BATCH, { nonce, userId }),
    timeoutMs: options.timeoutMs ?? DUMP_TIMEOUT_MS,
    reportSections: true,
  });
  options.onProgress?.({ phase: 'assemble', bytes: run.bytes });
  const parsed = parsers.result([...SMALL_BATCH, ...DUMP_BATCH]);
  const snapshot = assembleSnapshot(parsed, {
    userId,
    source: SnapshotSource.Live,
    serial: session.serial,
    takenAtMs: parsed.phoneClockMs ?? startedAt,
    roundTrips,
  });
  if (options.labels === false) return snapshot;
  options.onProgress?.({ phase: 'labels', bytes: run.bytes });
  return attachLabels(session, snapshot, {
    nonce,
    ...(options.labels?.previous === undefined ? {} : { previous: options.labels.previous }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
};
