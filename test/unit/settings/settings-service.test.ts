import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { NativeBindingLoadError } from '../../../main/db';
import {
  DEFAULT_SETTINGS,
  InvalidSettingsError,
  SETTINGS_DATABASE_FILE,
  openSettingsService,
} from '../../../main/settings/settings-service';
import type { ClosableSettingsService, SettingsProblem } from '../../../main/settings/settings-service';
import type { Settings } from '../../../preload/contract';

const NODE_BUILD = resolve(
  import.meta.dirname,
  '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);
const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0).reverse()) step();
});

const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'privacyscope-settings-test-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const open = (dataDir: string, problems: SettingsProblem[] = []): ClosableSettingsService => {
  const service = openSettingsService({ dataDir, onProblem: (problem) => problems.push(problem) });
  cleanup.push(() => service.close());
  return service;
};

/** Writes a raw row the way a corrupt file or another program might. */
const writeRaw = (dataDir: string, rows: Record<string, string>): void => {
  const db = new BetterSqlite3(join(dataDir, SETTINGS_DATABASE_FILE));
  const upsert = db.prepare(
    "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 'x') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );
  for (const [key, value] of Object.entries(rows)) upsert.run(key, value);
  db.close();
};

describe('settings service', () => {
  it('creates the data folder and starts from the defaults', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const service = open(dataDir);
    expect(existsSync(join(dataDir, SETTINGS_DATABASE_FILE))).toBe(true);
    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through the file across a close and re-open', async () => {
    const dataDir = tempDir();
    const first = openSettingsService({ dataDir });
    const updated = await first.update({ language: 'zh-CN', adbPath: '/opt/platform-tools/adb' });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN', adbPath: '/opt/platform-tools/adb' });
    first.close();
    const second = open(dataDir);
    expect(await second.get()).toEqual(updated);
    const reset = await second.update({ adbPath: null });
    expect(reset).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
    expect('adbPath' in reset).toBe(false);
    expect(await second.update({ language: null, theme: 'dark' })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
    });
  });

  it('falls back to the default for corrupt or foreign values, reports each once, keeps the rest', async () => {
    const dataDir = tempDir();
    const problems: SettingsProblem[] = [];
    open(dataDir, problems).close();
    writeRaw(dataDir, {
      language: '{not json',
      theme: '"purple"',
      adbServerPort: '80',
      adbPath: '"/usr/bin/adb"',
      'future-setting': '{"from":"a newer build"}',
    });
    const service = open(dataDir, problems);
    const expected = { ...DEFAULT_SETTINGS, adbPath: '/usr/bin/adb' };
    expect(await service.get()).toEqual(expected);
    expect(await service.get()).toEqual(expected);
    expect(problems.map((problem) => [problem.key, problem.value])).toEqual([
      ['adbServerPort', '80'],
      ['language', '{not json'],
      ['theme', '"purple"'],
    ]);
    expect(problems.find((problem) => problem.key === 'language')?.reason).toBe('not JSON');
    // Updating a corrupt key repairs it.
    expect((await service.update({ theme: 'dark' })).theme).toBe('dark');
  });

  it('refuses an invalid patch with a typed error and writes nothing', async () => {
    const service = open(tempDir());
    await expect(service.update({ adbServerPort: 80 })).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(service.update({ colour: 'red' } as unknown as Partial<Settings>)).rejects.toMatchObject({
      name: 'InvalidSettingsError',
      code: 'invalid-argument',
    });
    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
    // The queue survives a refused update.
    expect((await service.update({ theme: 'light' })).theme).toBe('light');
  });

  it('merges concurrent updates, each answer including its own patch', async () => {
    const service = open(tempDir());
    const [a, b, c] = await Promise.all([
      service.update({ language: 'en' }),
      service.update({ theme: 'dark' }),
      service.update({ adbServerPort: 5038 }),
    ]);
    expect(a?.language).toBe('en');
    expect(b).toMatchObject({ language: 'en', theme: 'dark' });
    expect(c).toEqual({ ...DEFAULT_SETTINGS, language: 'en', theme: 'dark', adbServerPort: 5038 });
  });

  it('merges updates from two services on the same file', async () => {
    const dataDir = tempDir();
    const one = open(dataDir);
    const two = open(dataDir);
    await Promise.all([one.update({ language: 'zh-CN' }), two.update({ theme: 'dark' })]);
    const expected = { ...DEFAULT_SETTINGS, language: 'zh-CN', theme: 'dark' };
    expect(await one.get()).toEqual(expected);
    expect(await two.get()).toEqual(expected);
  });

  it('loads better-sqlite3 from nativeBinding and fails clearly when it is missing', async () => {
    const dataDir = tempDir();
    const service = openSettingsService({ dataDir, nativeBinding: NODE_BUILD });
    cleanup.push(() => service.close());
    expect(await service.get()).toEqual(DEFAULT_SETTINGS);
    expect(() => openSettingsService({ dataDir, nativeBinding: join(dataDir, 'missing.node') })).toThrow(
      NativeBindingLoadError,
    );
  });
});
