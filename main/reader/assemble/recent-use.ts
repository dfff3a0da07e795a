// Recent use of camera, microphone and location per app (the "privacy dashboard"), from the
// app ops CAMERA, RECORD_AUDIO, FINE_LOCATION and COARSE_LOCATION: the latest access of each
// kind, whether it happened in the background (the latest background access is the latest
// access), and its duration when printed. Newest first.
import type { AppEntry, SensitiveUse } from '../../snapshot/device-snapshot';

const KIND_OF_OP: ReadonlyMap<string, SensitiveUse['kind']> = new Map([
  ['CAMERA', 'camera'],
  ['RECORD_AUDIO', 'microphone'],
  ['FINE_LOCATION', 'location'],
  ['COARSE_LOCATION', 'location'],
]);

const latest = (...times: (number | undefined)[]): number | undefined => {
  let best: number | undefined;
  for (const time of times) if (time !== undefined && (best === undefined || time > best)) best = time;
  return best;
};

export const buildRecentUse = (apps: readonly AppEntry[]): SensitiveUse[] => {
  const uses: SensitiveUse[] = [];
  for (const app of apps) {
    const byKind = new Map<SensitiveUse['kind'], SensitiveUse>();
    for (const op of app.appOps) {
      const kind = KIND_OF_OP.get(op.op);
      if (kind === undefined) continue;
      const background = op.lastAccessBackgroundMs;
      const lastAccessMs = latest(op.lastAccessMs, op.lastAccessForegroundMs, background);
      if (lastAccessMs === undefined) continue;
      const known = byKind.get(kind);
      if (known !== undefined && known.lastAccessMs >= lastAccessMs) continue;
      const use: { -readonly [K in keyof SensitiveUse]: SensitiveUse[K] } = {
        packageName: app.packageName,
        kind,
        lastAccessMs,
        background: background !== undefined && background >= lastAccessMs,
      };
      if (op.durationMs !== undefined) use.durationMs = op.durationMs;
      byKind.set(kind, use);
    }
    uses.push(...byKind.values());
  }
  return uses.sort(
    (a, b) =>
      b.lastAccessMs - a.lastAccessMs ||
      (a.packageName < b.packageName ? -1 : a.packageName > b.packageName ? 1 : 0) ||
      (a.kind < b.kind ? -1 : 1),
  );
};
