// 0001: user settings as key → JSON value. Values are validated when read
// (main/settings/settings-schema.ts), so a key a newer build adds is simply kept.
import type { Migration } from '../migration';

export const migration0001Settings: Migration = {
  id: 1,
  name: 'settings',
  sql: `
CREATE TABLE settings (
  key        TEXT PRIMARY KEY NOT NULL,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
};
