// Reads app labels off a phone without installing anything: for every app, `stat` + `tail -c`
// of its APK in the first round trip, then only the block ranges the resolver still needs
// (central directory, manifest, resources.arsc headers, the entry and its string), all apps
// batched per round. The number of round trips depends on the APKs' layout, not on the number
// of apps, and is capped. An app whose APK is missing, unreadable or corrupt ends without a
// label (`null`); only device errors (offline, timeout, cancelled) are thrown.
import { randomBytes } from 'node:crypto';
import type { DeviceSession } from '../../adb/device-session';
import { ApkLabelError } from './apk-errors';
import { ApkBytes, blockReads } from './apk-bytes';
import { APK_TAIL_BYTES, ApkLabelResolver } from './apk-label-resolver';
import { MISSING } from './arsc-lookup';
import { apkPathOf, ddBlocks, statSize, tailBytes } from './label-read-commands';
import { runLabelRound, type RoundRequest } from './label-read-round';
import type { LocaleLabels } from './resource-config';
import { ddBytes, exactBytes, parseStatSize } from './section-checks';

export interface LabelTarget {
  readonly packageName: string;
  readonly codePath: string;
}

export interface LabelReadStats {
  /** Dependent round trips (each may use several shells side by side). */
  readonly roundTrips: number;
  readonly shells: number;
  /** Bytes received from the phone. */
  readonly bytes: number;
  readonly apps: number;
}

export interface LabelReadResult {
  /** Package → label, or null when the APK was read (or could not be) and gave none. */
  readonly labels: Map<string, LocaleLabels | null>;
  readonly stats: LabelReadStats;
}

export interface ReadApkLabelsOptions {
  readonly apps: readonly LabelTarget[];
  readonly signal?: AbortSignal;
  /** Per shell; default 60 s. */
  readonly timeoutMs?: number;
  /** Default 12. */
  readonly maxRoundTrips?: number;
  /** Per app; default 4 MiB. */
  readonly maxBytesPerApp?: number;
  readonly nonce?: string;
}

interface AppRead {
  readonly target: LabelTarget;
  readonly path: string;
  apk?: ApkBytes;
  resolver?: ApkLabelResolver | undefined;
  bytes: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_ROUND_TRIPS = 12;
const DEFAULT_MAX_BYTES_PER_APP = 4 * 1024 * 1024;

export const readApkLabels = async (
  session: DeviceSession,
  options: ReadApkLabelsOptions,
): Promise<LabelReadResult> => {
  const nonce = options.nonce ?? randomBytes(12).toString('hex');
  const maxBytes = options.maxBytesPerApp ?? DEFAULT_MAX_BYTES_PER_APP;
  const labels = new Map<string, LocaleLabels | null>();
  const pending: AppRead[] = [];
  for (const target of options.apps) {
    const path = apkPathOf(target.codePath);
    if (path === undefined) labels.set(target.packageName, null);
    else pending.push({ target, path, bytes: 0 });
  }
  let roundTrips = 0;
  let shells = 0;
  let bytes = 0;
  const round = async (requests: RoundRequest[]) => {
    roundTrips += 1;
    const result = await runLabelRound(session, {
      requests,
      nonce,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    shells += result.shells;
    bytes += result.bytes;
    return result.sections;
  };

  // Round 1: size and tail of every APK.
  if (pending.length > 0) {
    const sections = await round(
      pending.flatMap((app, index) => [
        { tag: `s${index}`, command: statSize(app.path) },
        { tag: `t${index}`, command: tailBytes(app.path, APK_TAIL_BYTES) },
      ]),
    );
    pending.forEach((app, index) => {
      const size = parseStatSize(sections.get(`s${index}`));
      const tailLength = size === undefined ? 0 : Math.min(size, APK_TAIL_BYTES);
      const tail = size === undefined ? undefined : exactBytes(sections.get(`t${index}`), tailLength);
      if (size === undefined || tail === undefined) return;
      app.apk = new ApkBytes(size);
      app.apk.add(size - tail.length, tail);
      app.resolver = new ApkLabelResolver(app.apk);
      app.bytes += tail.length;
    });
  }

  let active = pending;
  const settle = (app: AppRead, label: LocaleLabels | null) => labels.set(app.target.packageName, label);
  for (;;) {
    const requests: (RoundRequest & { app: AppRead; offset: number; length: number })[] = [];
    const next: AppRead[] = [];
    for (const app of active) {
      if (app.resolver === undefined || app.apk === undefined) {
        settle(app, null);
        continue;
      }
      try {
        const outcome = app.resolver.step();
        if (outcome !== MISSING) {
          settle(app, outcome.status === 'found' ? outcome.label : null);
          continue;
        }
      } catch (error) {
        if (!(error instanceof ApkLabelError)) throw error;
        settle(app, null);
        continue;
      }
      const { size } = app.apk;
      const reads = blockReads(app.apk.takeNeeds(), size);
      const cost = reads.reduce((total, read) => total + read.count * 4096, 0);
      if (
        reads.length === 0 ||
        app.bytes + cost > maxBytes ||
        roundTrips >= (options.maxRoundTrips ?? DEFAULT_MAX_ROUND_TRIPS)
      ) {
        settle(app, null);
        continue;
      }
      next.push(app);
      for (const read of reads) {
        const offset = read.skip * 4096;
        requests.push({
          tag: `d${requests.length}`,
          command: ddBlocks(app.path, read),
          app,
          offset,
          length: Math.min(read.count * 4096, size - offset),
        });
      }
    }
    if (requests.length === 0) break;
    const sections = await round(requests);
    for (const request of requests) {
      const data = ddBytes(sections.get(request.tag), request.length);
      if (data === undefined) {
        request.app.resolver = undefined; // unreadable: settled as null next pass
        continue;
      }
      request.app.apk?.add(request.offset, data);
      request.app.bytes += data.length;
    }
    active = next;
  }
  return { labels, stats: { roundTrips, shells, bytes, apps: pending.length } };
};
