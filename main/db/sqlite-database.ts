// The typed handle repositories use: statements are prepared once per SQL text and cached,
// parameters are named (`@key`), and every use after close() is a typed error. Synchronous
// on purpose: repositories wrap it behind async interfaces (style.md, "Database").
import type BetterSqlite3 from 'better-sqlite3';
import { DatabaseClosedError } from './errors';
import type { AppliedMigration } from './migrate';

export type SqlValue = string | number | bigint | Buffer | null;
export type SqlParams = Readonly<Record<string, SqlValue>>;

export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number | bigint;
}

export interface SqliteDatabaseInit {
  readonly db: BetterSqlite3.Database;
  readonly file: string;
  readonly readonly: boolean;
  /** Every applied migration, oldest first. */
  readonly migrations: readonly AppliedMigration[];
  /** The ids this open applied (empty when the schema was already current). */
  readonly appliedNow: readonly number[];
}

export class SqliteDatabase {
  readonly file: string;
  readonly readonly: boolean;
  readonly migrations: readonly AppliedMigration[];
  readonly appliedNow: readonly number[];
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(init: SqliteDatabaseInit) {
    this.#db = init.db;
    this.file = init.file;
    this.readonly = init.readonly;
    this.migrations = init.migrations;
    this.appliedNow = init.appliedNow;
  }

  get isOpen(): boolean {
    return this.#db.open;
  }

  /** How many distinct SQL texts have a prepared statement (for tests and diagnostics). */
  get cachedStatementCount(): number {
    return this.#statements.size;
  }

  /** First row, or undefined. */
  get<Row>(sql: string, params: SqlParams = {}): Row | undefined {
    return this.#statement(sql).get(params) as Row | undefined;
  }

  all<Row>(sql: string, params: SqlParams = {}): Row[] {
    return this.#statement(sql).all(params) as Row[];
  }

  run(sql: string, params: SqlParams = {}): RunResult {
    return this.#statement(sql).run(params);
  }

  /** Runs `fn` in one IMMEDIATE transaction (write lock taken up front: no upgrade deadlock). */
  transaction<T>(fn: () => T): T {
    this.#assertOpen();
    return this.#db.transaction(fn).immediate();
  }

  /** Single-value pragma, e.g. `pragma('journal_mode')`. */
  pragma(name: string): unknown {
    this.#assertOpen();
    return this.#db.pragma(name, { simple: true });
  }

  close(): void {
    if (!this.#db.open) return;
    this.#statements.clear();
    this.#db.close();
  }

  #statement(sql: string): BetterSqlite3.Statement {
    this.#assertOpen();
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #assertOpen(): void {
    if (!this.#db.open) throw new DatabaseClosedError(this.file);
  }
}
