// Camera / microphone / location use over the last 24 hours (hourly) or 7 days (daily), from
// the scan's recent-use list and the last-access times of the matching app ops. Each access is
// counted once (same app, kind and time), so FINE and COARSE location read together count once.
import type { AuditedScan, SensitiveUse } from '../../../../preload/contract';

export type UseKind = SensitiveUse['kind'];
export const USE_KINDS: readonly UseKind[] = ['camera', 'microphone', 'location'];
export type TimelineRange = '24h' | '7d';

const OP_KINDS: Readonly<Record<string, UseKind>> = {
  CAMERA: 'camera',
  RECORD_AUDIO: 'microphone',
  FINE_LOCATION: 'location',
  COARSE_LOCATION: 'location',
};

export interface UseEvent {
  readonly packageName: string;
  readonly kind: UseKind;
  readonly atMs: number;
  readonly background: boolean;
}

export interface TimelineBucket {
  readonly startMs: number;
  readonly endMs: number;
  readonly camera: number;
  readonly microphone: number;
  readonly location: number;
  readonly background: number;
}

export interface Timeline {
  readonly range: TimelineRange;
  readonly buckets: readonly TimelineBucket[];
  readonly totals: Readonly<Record<UseKind, number>> & { readonly background: number };
  /** Events in the period, newest first. */
  readonly events: readonly UseEvent[];
}

const HOUR_MS = 3_600_000;
export const RANGES: Readonly<Record<TimelineRange, { readonly count: number; readonly sizeMs: number }>> = {
  '24h': { count: 24, sizeMs: HOUR_MS },
  '7d': { count: 7, sizeMs: 24 * HOUR_MS },
};

/** Every distinct sensitive access the scan knows of. */
export const sensitiveUseEvents = (scan: Pick<AuditedScan, 'apps' | 'recentUse'>): readonly UseEvent[] => {
  const events = new Map<string, UseEvent>();
  const add = (event: UseEvent): void => {
    const key = `${event.packageName}|${event.kind}|${event.atMs}`;
    const known = events.get(key);
    // A background sighting of the same access wins over a foreground one.
    if (known === undefined || (!known.background && event.background)) events.set(key, event);
  };
  for (const use of scan.recentUse)
    add({ packageName: use.packageName, kind: use.kind, atMs: use.lastAccessMs, background: use.background });
  for (const app of scan.apps) {
    for (const op of app.appOps) {
      const kind = OP_KINDS[op.op];
      if (kind === undefined) continue;
      const { packageName } = app;
      if (op.lastAccessForegroundMs !== undefined)
        add({ packageName, kind, atMs: op.lastAccessForegroundMs, background: false });
      if (op.lastAccessBackgroundMs !== undefined)
        add({ packageName, kind, atMs: op.lastAccessBackgroundMs, background: true });
      if (
        op.lastAccessMs !== undefined &&
        op.lastAccessMs !== op.lastAccessForegroundMs &&
        op.lastAccessMs !== op.lastAccessBackgroundMs
      )
        add({ packageName, kind, atMs: op.lastAccessMs, background: false });
    }
  }
  return [...events.values()];
};

export const timelineBuckets = (
  events: readonly UseEvent[],
  options: { readonly range: TimelineRange; readonly nowMs: number },
): Timeline => {
  const { count, sizeMs } = RANGES[options.range];
  const startMs = options.nowMs - count * sizeMs;
  const counts = Array.from({ length: count }, (_, index) => ({
    startMs: startMs + index * sizeMs,
    endMs: startMs + (index + 1) * sizeMs,
    camera: 0,
    microphone: 0,
    location: 0,
    background: 0,
  }));
  const totals = { camera: 0, microphone: 0, location: 0, background: 0 };
  const inPeriod: UseEvent[] = [];
  for (const event of events) {
    // The newest bucket includes the scan's own instant.
    if (event.atMs <= startMs || event.atMs > options.nowMs) continue;
    const index = Math.min(count - 1, Math.floor((event.atMs - startMs) / sizeMs));
    const bucket = counts[index];
    if (bucket === undefined) continue;
    bucket[event.kind] += 1;
    totals[event.kind] += 1;
    if (event.background) {
      bucket.background += 1;
      totals.background += 1;
    }
    inPeriod.push(event);
  }
  inPeriod.sort((a, b) => b.atMs - a.atMs || a.packageName.localeCompare(b.packageName));
  return { range: options.range, buckets: counts, totals, events: inPeriod };
};
