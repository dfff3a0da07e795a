import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatabaseOpenError,
  DatabaseSchemaOutdatedError,
  NativeBindingLoadError,
  openDatabase,
} from '../../../main/db';
import type { Migration } from '../../../main/db';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs('privacyscope-db-test-');
const NODE_BUILD = resolve(
  import.meta.dirname,
  '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);

const catchError = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('openDatabase', () => {
  it('configures WAL, foreign keys, busy timeout and synchronous=NORMAL on a file', () => {
    const db = openDatabase({ file: join(tempDir(), 'p.sqlite'), busyTimeoutMs: 1234 });
    expect(db.pragma('journal_mode')).toBe('wal');
    expect(db.pragma('foreign_keys')).toBe(1);
    expect(db.pragma('busy_timeout')).toBe(1234);
    expect(db.pragma('synchronous')).toBe(1);
    db.close();
    expect(db.isOpen).toBe(false);
  });

  it('enforces foreign keys', () => {
    const migrations: Migration[] = [
      {
        id: 1,
        name: 'fk',
        sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (a_id INTEGER NOT NULL REFERENCES a (id));',
      },
    ];
    const db = openDatabase({ file: ':memory:', migrations });
    expect(() => db.run('INSERT INTO b (a_id) VALUES (42)')).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('opens :memory: for tests', () => {
    const db = openDatabase({ file: ':memory:' });
    expect(db.pragma('journal_mode')).toBe('memory');
    expect(db.all('SELECT key FROM settings')).toEqual([]);
    db.close();
  });

  it('opens a migrated file read-only and refuses writes', () => {
    const file = join(tempDir(), 'r.sqlite');
    openDatabase({ file }).close();
    const db = openDatabase({ file, readonly: true });
    expect(db.readonly).toBe(true);
    expect(db.appliedNow).toEqual([]);
    expect(() => db.run("INSERT INTO settings VALUES ('k', '1', 'now')")).toThrow(/readonly/);
    db.close();
  });

  it('refuses a read-only open of a missing or outdated file', () => {
    const dir = tempDir();
    expect(catchError(() => openDatabase({ file: join(dir, 'none.sqlite'), readonly: true }))).toBeInstanceOf(
      DatabaseOpenError,
    );
    const file = join(dir, 'old.sqlite');
    const first: Migration = { id: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER);' };
    openDatabase({ file, migrations: [first] }).close();
    const error = catchError(() =>
      openDatabase({
        file,
        readonly: true,
        migrations: [first, { id: 2, name: 'two', sql: 'CREATE TABLE two (x);' }],
      }),
    );
    expect(error).toBeInstanceOf(DatabaseSchemaOutdatedError);
    expect(error).toMatchObject({ pending: [2] });
  });

  it('reports a missing folder or a file that is not SQLite as DatabaseOpenError', () => {
    const dir = tempDir();
    const missing = catchError(() => openDatabase({ file: join(dir, 'no', 'such', 'x.sqlite') }));
    expect(missing).toBeInstanceOf(DatabaseOpenError);
    expect(missing).toMatchObject({ name: 'DatabaseOpenError', code: 'internal' });
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database, just text that is long enough to have a header'.repeat(20));
    const error = catchError(() => openDatabase({ file: junk }));
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/not a database/);
  });

  it('passes nativeBinding through to better-sqlite3 (the Node build loads)', () => {
    const db = openDatabase({ file: join(tempDir(), 'n.sqlite'), nativeBinding: NODE_BUILD });
    expect(db.get<{ v: string }>('SELECT sqlite_version() AS v')?.v).toMatch(/^3\./);
    db.close();
  });

  it('fails with NativeBindingLoadError for a bogus or broken binding', () => {
    const dir = tempDir();
    const bogus = join(dir, 'nowhere', 'better_sqlite3.node');
    const error = catchError(() => openDatabase({ file: ':memory:', nativeBinding: bogus }));
    expect(error).toBeInstanceOf(NativeBindingLoadError);
    expect(error).toMatchObject({ name: 'NativeBindingLoadError', bindingPath: bogus });
    expect((error as Error).message).toMatch(/npm run rebuild:electron/);
    const broken = join(dir, 'broken.node');
    writeFileSync(broken, 'not a shared library');
    expect(catchError(() => openDatabase({ file: ':memory:', nativeBinding: broken }))).toBeInstanceOf(
      NativeBindingLoadError,
    );
  });
});
