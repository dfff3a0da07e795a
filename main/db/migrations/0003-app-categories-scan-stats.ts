// 0003: the user's category choice per phone and package (the Apps view's "change category"),
// and per-scan figures for the History view (score and app count) so listing a phone's scans
// never parses the stored snapshots.
import type { Migration } from '../migration';

export const migration0003AppCategoriesScanStats: Migration = {
  id: 3,
  name: 'app-categories-scan-stats',
  sql: `
CREATE TABLE app_categories (
  device_id    INTEGER NOT NULL REFERENCES devices (id),
  package_name TEXT NOT NULL,
  category_id  TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (device_id, package_name)
) STRICT;

CREATE TABLE scan_stats (
  scan_id   INTEGER PRIMARY KEY REFERENCES scans (id),
  score     REAL NOT NULL,
  app_count INTEGER NOT NULL
) STRICT;
`,
};
