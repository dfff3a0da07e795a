// Settings rows: key → JSON text. Async on purpose (style.md, "Database"): callers never
// depend on SQLite being synchronous, so this can move to a worker without touching them.
// Parsing and validating the JSON is the settings service's job.
import type { SqliteDatabase } from '../sqlite-database';

export interface StoredSetting {
  readonly key: string;
  /** JSON text as stored; may be corrupt or foreign. */
  readonly value: string;
  /** ISO 8601, UTC. */
  readonly updatedAt: string;
}

export interface SettingsWrite {
  /** key → JSON text to store. */
  readonly set: Readonly<Record<string, string>>;
  /** Keys to delete (back to their defaults). */
  readonly remove?: readonly string[];
}

export interface SettingsRepository {
  readAll(): Promise<readonly StoredSetting[]>;
  /** Applies every change in one transaction. */
  write(change: SettingsWrite): Promise<void>;
}

const SELECT_ALL = 'SELECT key, value, updated_at AS updatedAt FROM settings ORDER BY key';
const UPSERT = `INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @updatedAt)
ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`;
const DELETE = 'DELETE FROM settings WHERE key = @key';

export const createSettingsRepository = (
  db: SqliteDatabase,
  options: { now?: () => Date } = {},
): SettingsRepository => ({
  readAll: async () => db.all<StoredSetting>(SELECT_ALL),
  write: async (change) => {
    const updatedAt = (options.now?.() ?? new Date()).toISOString();
    db.transaction(() => {
      for (const [key, value] of Object.entries(change.set)) db.run(UPSERT, { key, value, updatedAt });
      for (const key of change.remove ?? []) db.run(DELETE, { key });
    });
  },
});
