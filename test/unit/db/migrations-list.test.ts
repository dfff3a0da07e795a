// Guards the append-only convention of main/db/migrations: one file per migration,
// `NNNN-<name>.ts`, listed in order in index.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, assertMigrationList, openDatabase } from '../../../main/db';

const dir = join(import.meta.dirname, '../../../main/db/migrations');

describe('MIGRATIONS', () => {
  it('is well formed and matches the files one to one', () => {
    expect(() => assertMigrationList(MIGRATIONS)).not.toThrow();
    const files = readdirSync(dir)
      .filter((file) => file !== 'index.ts')
      .sort();
    expect(files).toEqual(MIGRATIONS.map((m) => `${String(m.id).padStart(4, '0')}-${m.name}.ts`));
  });

  it('applies from an empty database', () => {
    const db = openDatabase({ file: ':memory:' });
    expect(db.appliedNow).toEqual(MIGRATIONS.map((m) => m.id));
    expect(db.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).toEqual(
      expect.arrayContaining([{ name: 'schema_migrations' }, { name: 'settings' }]),
    );
    db.close();
  });
});
