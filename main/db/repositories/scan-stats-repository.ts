// Per-scan figures (score, app count) kept next to the scan history, so the History view lists
// a phone's scans without parsing every stored snapshot.
import type { SqliteDatabase } from '../sqlite-database';

export interface ScanStats {
  readonly scanId: number;
  readonly score: number;
  readonly appCount: number;
}

export interface ScanStatsRepository {
  save(stats: ScanStats): Promise<void>;
  /** scan id → stats, for the ids that have them. */
  get(scanIds: readonly number[]): Promise<ReadonlyMap<number, ScanStats>>;
}

const UPSERT = `INSERT INTO scan_stats (scan_id, score, app_count) VALUES (@scanId, @score, @appCount)
ON CONFLICT (scan_id) DO UPDATE SET score = excluded.score, app_count = excluded.app_count`;
const SELECT =
  'SELECT scan_id AS scanId, score, app_count AS appCount FROM scan_stats WHERE scan_id = @scanId';

export const createScanStatsRepository = (db: SqliteDatabase): ScanStatsRepository => ({
  save: async (stats) => {
    db.run(UPSERT, { ...stats });
  },
  get: async (scanIds) => {
    const found = new Map<number, ScanStats>();
    for (const scanId of scanIds) {
      const row = db.get<ScanStats>(SELECT, { scanId });
      if (row !== undefined) found.set(scanId, row);
    }
    return found;
  },
});
