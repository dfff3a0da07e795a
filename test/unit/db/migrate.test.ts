import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  DatabaseTooNewError,
  MigrationChangedError,
  MigrationFailedError,
  MigrationListError,
  migrationChecksum,
  openDatabase,
} from '../../../main/db';
import type { Migration } from '../../../main/db';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs('privacyscope-db-test-');

const M1: Migration = {
  id: 1,
  name: 'things',
  sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT NOT NULL);',
};
// Depends on 0001: only works when applied after it.
const M2: Migration = {
  id: 2,
  name: 'things-colour',
  sql: "ALTER TABLE things ADD COLUMN colour TEXT NOT NULL DEFAULT 'red';",
};
const M3: Migration = {
  id: 3,
  name: 'owners',
  sql: 'CREATE TABLE owners (id INTEGER PRIMARY KEY, thing_id INTEGER NOT NULL REFERENCES things (id));',
};

const rows = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db
      .prepare('SELECT id, name, applied_at AS appliedAt, checksum FROM schema_migrations ORDER BY id')
      .all();
  } finally {
    db.close();
  }
};

describe('migrations', () => {
  it('apply once, in order, each recorded with its checksum', () => {
    const file = join(tempDir(), 'a.sqlite');
    const db = openDatabase({ file, migrations: [M1, M2], now: () => new Date('2026-01-02T03:04:05Z') });
    expect(db.appliedNow).toEqual([1, 2]);
    db.run("INSERT INTO things (id, label) VALUES (1, 'x')");
    expect(db.get('SELECT colour FROM things WHERE id = 1')).toEqual({ colour: 'red' });
    expect(db.pragma('user_version')).toBe(2);
    db.close();
    expect(rows(file)).toEqual([
      { id: 1, name: 'things', appliedAt: '2026-01-02T03:04:05.000Z', checksum: migrationChecksum(M1.sql) },
      {
        id: 2,
        name: 'things-colour',
        appliedAt: '2026-01-02T03:04:05.000Z',
        checksum: migrationChecksum(M2.sql),
      },
    ]);
  });

  it('re-opening is idempotent and only applies what is new', () => {
    const file = join(tempDir(), 'b.sqlite');
    openDatabase({ file, migrations: [M1] }).close();
    const before = rows(file);
    const again = openDatabase({ file, migrations: [M1] });
    expect(again.appliedNow).toEqual([]);
    expect(again.migrations.map((m) => m.id)).toEqual([1]);
    again.close();
    expect(rows(file)).toEqual(before);
    const upgraded = openDatabase({ file, migrations: [M1, M2, M3] });
    expect(upgraded.appliedNow).toEqual([2, 3]);
    upgraded.close();
    expect(rows(file).slice(0, 1)).toEqual(before);
  });

  it('refuses a database whose applied migration was edited', () => {
    const file = join(tempDir(), 'c.sqlite');
    openDatabase({ file, migrations: [M1, M2] }).close();
    const edited = { ...M2, sql: "ALTER TABLE things ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';" };
    expect(() => openDatabase({ file, migrations: [M1, edited] })).toThrow(MigrationChangedError);
    const renamed = { ...M2, name: 'colours' };
    const error = (() => {
      try {
        openDatabase({ file, migrations: [M1, renamed] });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MigrationChangedError);
    expect(error).toMatchObject({ name: 'MigrationChangedError', migrationId: 2, code: 'internal' });
  });

  it('ignores line-ending differences in the checksum', () => {
    expect(migrationChecksum('A;\r\nB;\r\n')).toBe(migrationChecksum('A;\nB;\n'));
    expect(migrationChecksum('A;')).not.toBe(migrationChecksum('B;'));
  });

  it('refuses to open a database written by a newer build (downgrade), leaving it untouched', () => {
    const file = join(tempDir(), 'd.sqlite');
    openDatabase({ file, migrations: [M1, M2, M3] }).close();
    const before = rows(file);
    let error: unknown;
    try {
      openDatabase({ file, migrations: [M1, M2] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(error).toMatchObject({ name: 'DatabaseTooNewError', newestApplied: 3, newestKnown: 2 });
    expect((error as Error).message).toMatch(/newer PrivacyScope/);
    expect(rows(file)).toEqual(before);
  });

  it('rolls a failing migration back and keeps the earlier ones', () => {
    const file = join(tempDir(), 'e.sqlite');
    const broken: Migration = {
      id: 2,
      name: 'broken',
      sql: 'CREATE TABLE half (x INTEGER); SELECT * FROM nowhere;',
    };
    expect(() => openDatabase({ file, migrations: [M1, broken] })).toThrow(MigrationFailedError);
    expect(rows(file).map((row) => (row as { id: number }).id)).toEqual([1]);
    const db = openDatabase({ file, migrations: [M1] });
    expect(db.get("SELECT name FROM sqlite_master WHERE name = 'half'")).toBeUndefined();
    db.close();
  });

  it('refuses a malformed migration list', () => {
    expect(() => openDatabase({ file: ':memory:', migrations: [M1, M3] })).toThrow(MigrationListError);
    expect(() => openDatabase({ file: ':memory:', migrations: [{ ...M1, name: 'Bad Name' }] })).toThrow(
      MigrationListError,
    );
    expect(() => openDatabase({ file: ':memory:', migrations: [M1, { ...M2, name: 'things' }] })).toThrow(
      MigrationListError,
    );
  });
});
