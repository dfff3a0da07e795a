// One schema migration: numbered, named, plain SQL. Migrations are append-only: once a
// build has shipped one, it is never edited (its checksum is stored when it is applied and
// checked on every open); a change is a new migration with the next number.
import { createHash } from 'node:crypto';
import { MigrationListError } from './errors';

export interface Migration {
  /** 1, 2, 3… without gaps; the file is named `NNNN-<name>.ts`. */
  readonly id: number;
  /** kebab-case, matches the file name. */
  readonly name: string;
  /** Runs in one transaction together with its `schema_migrations` row. */
  readonly sql: string;
}

/** SHA-256 of the SQL text, line endings normalised (a Windows checkout must not differ). */
export const migrationChecksum = (sql: string): string =>
  createHash('sha256').update(sql.replace(/\r\n?/g, '\n')).digest('hex');

/** Throws MigrationListError unless ids run 1..n in order and names are kebab-case and unique. */
export const assertMigrationList = (migrations: readonly Migration[]): void => {
  const names = new Set<string>();
  migrations.forEach((migration, index) => {
    if (migration.id !== index + 1) {
      throw new MigrationListError(
        `Migration at position ${index + 1} has id ${migration.id}; ids must run 1, 2, 3… in order.`,
      );
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(migration.name)) {
      throw new MigrationListError(
        `Migration ${migration.id} has a name that is not kebab-case: ${migration.name}`,
      );
    }
    if (names.has(migration.name)) {
      throw new MigrationListError(`Migration name ${migration.name} is used twice.`);
    }
    if (migration.sql.trim() === '') throw new MigrationListError(`Migration ${migration.id} has no SQL.`);
    names.add(migration.name);
  });
};
