// 0002: the phones PrivacyScope has seen (serial + build fingerprint identity), scan history
// (snapshot + findings JSON), versioned rule overrides, and the action journal: one batch per
// applied plan, one row per step, written before the step touches the phone (intent) and
// updated with its prior state and outcome. Undo steps are rows too, pointing at `undo_of`.
import type { Migration } from '../migration';

export const migration0002DevicesScansJournal: Migration = {
  id: 2,
  name: 'devices-scans-journal',
  sql: `
CREATE TABLE devices (
  id          INTEGER PRIMARY KEY,
  serial      TEXT NOT NULL,
  fingerprint TEXT NOT NULL DEFAULT '',
  label       TEXT,
  first_seen  TEXT NOT NULL,
  last_seen   TEXT NOT NULL,
  UNIQUE (serial, fingerprint)
) STRICT;

CREATE TABLE scans (
  id              INTEGER PRIMARY KEY,
  device_id       INTEGER NOT NULL REFERENCES devices (id),
  taken_at        TEXT NOT NULL,
  ruleset_version TEXT,
  snapshot        TEXT NOT NULL,
  findings        TEXT
) STRICT;
CREATE INDEX scans_by_device ON scans (device_id, taken_at);

CREATE TABLE rule_overrides (
  version    INTEGER PRIMARY KEY,
  document   TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE journal_batches (
  id         TEXT PRIMARY KEY NOT NULL,
  device_id  INTEGER NOT NULL REFERENCES devices (id),
  kind       TEXT NOT NULL CHECK (kind IN ('apply', 'undo')),
  plan       TEXT NOT NULL,
  state      TEXT NOT NULL CHECK (state IN ('open', 'completed', 'rolled-back', 'interrupted')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX journal_batches_by_device ON journal_batches (device_id, created_at);

CREATE TABLE journal_steps (
  id         INTEGER PRIMARY KEY,
  batch_id   TEXT NOT NULL REFERENCES journal_batches (id),
  step_id    TEXT NOT NULL,
  position   INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  target     TEXT NOT NULL,
  step       TEXT NOT NULL,
  status     TEXT NOT NULL,
  prior      TEXT,
  outcome    TEXT,
  undo_of    INTEGER REFERENCES journal_steps (id),
  created_at TEXT NOT NULL,
  started_at TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (batch_id, step_id)
) STRICT;
CREATE INDEX journal_steps_by_undo ON journal_steps (undo_of);
`,
};
