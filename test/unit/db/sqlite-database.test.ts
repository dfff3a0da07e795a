import { describe, expect, it } from 'vitest';
import { DatabaseClosedError, openDatabase } from '../../../main/db';
import type { Migration } from '../../../main/db';

const migrations: Migration[] = [
  { id: 1, name: 'items', sql: 'CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT);' },
];

describe('SqliteDatabase', () => {
  it('caches one prepared statement per SQL text and binds named parameters', () => {
    const db = openDatabase({ file: ':memory:', migrations });
    const insert = 'INSERT INTO items (id, label) VALUES (@id, @label)';
    for (let id = 1; id <= 5; id += 1) db.run(insert, { id, label: `item ${id}` });
    expect(db.cachedStatementCount).toBe(1);
    expect(db.get<{ label: string }>('SELECT label FROM items WHERE id = @id', { id: 3 })).toEqual({
      label: 'item 3',
    });
    expect(db.get('SELECT label FROM items WHERE id = @id', { id: 99 })).toBeUndefined();
    expect(db.all<{ id: number }>('SELECT id FROM items ORDER BY id').map((row) => row.id)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(db.cachedStatementCount).toBe(3);
    db.close();
  });

  it('rolls a transaction back when it throws', () => {
    const db = openDatabase({ file: ':memory:', migrations });
    expect(() =>
      db.transaction(() => {
        db.run("INSERT INTO items (id, label) VALUES (1, 'a')");
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.all('SELECT * FROM items')).toEqual([]);
    expect(db.transaction(() => db.run("INSERT INTO items (id, label) VALUES (1, 'a')").changes)).toBe(1);
    db.close();
  });

  it('throws DatabaseClosedError after close (and close is idempotent)', () => {
    const db = openDatabase({ file: ':memory:', migrations });
    db.close();
    db.close();
    expect(() => db.all('SELECT * FROM items')).toThrow(DatabaseClosedError);
    expect(() => db.transaction(() => 1)).toThrow(DatabaseClosedError);
  });
});
