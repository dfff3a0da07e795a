import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MEMORY_DATABASE } from '../../../main/db/open-database';
import { createDevicesRepository } from '../../../main/db/repositories/devices-repository';
import { createRuleOverridesRepository } from '../../../main/db/repositories/rule-overrides-repository';
import { createScansRepository } from '../../../main/db/repositories/scans-repository';
import { StoreIntegrityError, openStore } from '../../../main/journal/open-store';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs('privacyscope-store-');

describe('openStore', () => {
  it('refuses a damaged file with StoreIntegrityError (PRAGMA quick_check)', () => {
    const file = join(tempDir(), 'store.db');
    openStore({ file }).close();
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = DELETE');
    raw.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX filler_v ON filler (v);');
    const insert = raw.prepare('INSERT INTO filler (v) VALUES (?)');
    raw.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`value-${i}`);
    })();
    raw.close();
    const bytes = readFileSync(file);
    const last = bytes.length - 4096;
    bytes.fill(0x41, last + 8, last + 4000);
    writeFileSync(file, bytes);
    expect(() => openStore({ file })).toThrow(StoreIntegrityError);
  });
});

describe('repositories', () => {
  it('identifies phones by hardware id + fingerprint and keeps scan history and override versions', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => new Date((clock += 1000));
    const db = openStore({ file: MEMORY_DATABASE });
    try {
      const devices = createDevicesRepository(db, { now });
      const first = await devices.identify({ hardwareId: 'HW1', serial: 's1', fingerprint: 'fp1' });
      const again = await devices.identify({
        hardwareId: 'HW1',
        serial: '10.0.0.2:4711',
        fingerprint: 'fp1',
      });
      const reflashed = await devices.identify({ hardwareId: 'HW1', serial: 's1', fingerprint: 'fp2' });
      const other = await devices.identify({ hardwareId: 'HW2', serial: 's1', fingerprint: 'fp1' });
      expect(again.id).toBe(first.id);
      expect(again.serial).toBe('10.0.0.2:4711');
      expect(again.identitySource).toBe('property');
      expect(again.lastSeen > first.lastSeen).toBe(true);
      expect(again.firstSeen).toBe(first.firstSeen);
      expect(reflashed.id).not.toBe(first.id);
      expect(reflashed.hardwareId).toBe('HW1');
      expect(other.id).not.toBe(first.id);
      expect(await devices.find({ hardwareId: 'HW1', fingerprint: 'nope' })).toBeUndefined();
      const scans = createScansRepository(db);
      await scans.add({
        deviceId: first.id,
        takenAt: '2026-01-01T00:00:00.000Z',
        snapshot: { n: 1 },
        findings: [],
      });
      const second = await scans.add({
        deviceId: first.id,
        takenAt: '2026-01-02T00:00:00.000Z',
        rulesetVersion: '2021-provisions/1',
        snapshot: { n: 2 },
      });
      expect((await scans.list(first.id)).map((scan) => scan.id)).toEqual([second, second - 1]);
      expect((await scans.latest({ deviceId: first.id, count: 2 })).map((scan) => scan.snapshot)).toEqual([
        { n: 2 },
        { n: 1 },
      ]);
      expect(await scans.get(second)).toMatchObject({
        rulesetVersion: '2021-provisions/1',
        snapshot: { n: 2 },
      });
      const overrides = createRuleOverridesRepository(db, { now });
      expect(await overrides.latest()).toBeUndefined();
      expect(await overrides.save({ a: 1 })).toBe(1);
      expect(await overrides.save({ a: 2 })).toBe(2);
      expect((await overrides.latest())?.document).toEqual({ a: 2 });
      expect((await overrides.get(1))?.document).toEqual({ a: 1 });
    } finally {
      db.close();
    }
  });
});
