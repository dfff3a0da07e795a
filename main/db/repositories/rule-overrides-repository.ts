// The user's rule overrides as versioned JSON documents: every save is a new version, so a
// finding can always be traced to the overrides that judged it. Validation of the document is
// main/rules' job (overrides.ts); this stores text.
import type { SqliteDatabase } from '../sqlite-database';

export interface StoredRuleOverrides {
  readonly version: number;
  readonly document: unknown;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
}

export interface RuleOverridesRepository {
  latest(): Promise<StoredRuleOverrides | undefined>;
  get(version: number): Promise<StoredRuleOverrides | undefined>;
  /** Stores a new version and returns its number (1, 2, 3…). */
  save(document: unknown): Promise<number>;
}

interface Row {
  version: number;
  document: string;
  createdAt: string;
}

const COLUMNS = 'version, document, created_at AS createdAt';
const SELECT_LATEST = `SELECT ${COLUMNS} FROM rule_overrides ORDER BY version DESC LIMIT 1`;
const SELECT_ONE = `SELECT ${COLUMNS} FROM rule_overrides WHERE version = @version`;
const INSERT = `INSERT INTO rule_overrides (version, document, created_at)
VALUES ((SELECT COALESCE(MAX(version), 0) + 1 FROM rule_overrides), @document, @createdAt)`;

const toStored = (row: Row): StoredRuleOverrides => ({
  version: row.version,
  document: JSON.parse(row.document) as unknown,
  createdAt: row.createdAt,
});

export const createRuleOverridesRepository = (
  db: SqliteDatabase,
  options: { now?: () => Date } = {},
): RuleOverridesRepository => ({
  latest: async () => {
    const row = db.get<Row>(SELECT_LATEST);
    return row === undefined ? undefined : toStored(row);
  },
  get: async (version) => {
    const row = db.get<Row>(SELECT_ONE, { version });
    return row === undefined ? undefined : toStored(row);
  },
  save: async (document) => {
    const createdAt = (options.now?.() ?? new Date()).toISOString();
    return Number(db.run(INSERT, { document: JSON.stringify(document), createdAt }).lastInsertRowid);
  },
});
