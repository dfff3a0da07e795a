import { describe, expect, it } from 'vitest';
import type { AdbStatus, Settings, SettingsPatch } from '../../../preload/contract';
import type { AdbConfiguration } from '../../../main/adb/switchable-adb-service';
import { nextAdbConfiguration, watchAdbSettings } from '../../../main/services/adb-settings-watch';
import { EventHub } from '../../../main/services/event-hub';

const settings = (values: Partial<Settings> = {}): Settings => ({
  language: 'system',
  theme: 'system',
  adbServerPort: 5037,
  ...values,
});

describe('nextAdbConfiguration', () => {
  const current: AdbConfiguration = { port: 41000 };

  it('is undefined when neither the adb path nor the port setting changed', () => {
    expect(nextAdbConfiguration({ before: settings(), after: settings({ unusedDays: 30 }), current })).toBe(
      undefined,
    );
  });

  it('keeps the per-run port when only the adb path changed', () => {
    expect(
      nextAdbConfiguration({ before: settings(), after: settings({ adbPath: '/opt/adb' }), current }),
    ).toEqual({ port: 41000, adbPath: '/opt/adb' });
  });

  it('takes the new port setting, and drops a cleared adb path', () => {
    expect(
      nextAdbConfiguration({
        before: settings({ adbPath: '/opt/adb' }),
        after: settings({ adbServerPort: 6000 }),
        current,
      }),
    ).toEqual({ port: 6000 });
  });
});

describe('watchAdbSettings', () => {
  it('switches adb and tells clients only when the adb settings change', async () => {
    let stored = settings();
    const switched: AdbConfiguration[] = [];
    const synced: (readonly string[])[] = [];
    const events = new EventHub();
    const told: AdbStatus[] = [];
    events.subscribe((event, payload) => {
      if (event === 'adb:changed') told.push(payload as AdbStatus);
    });
    const watched = watchAdbSettings({
      settings: {
        get: async () => stored,
        update: async (patch: SettingsPatch) => {
          stored = { ...stored, ...(patch as Partial<Settings>) };
          return stored;
        },
      },
      adb: {
        configuration: () => switched.at(-1) ?? { port: 41000 },
        reconfigure: async (next) => {
          switched.push(next);
          return { found: true, serverRunning: true, serverPort: next.port };
        },
      },
      syncServers: (addresses) => synced.push(addresses),
      events,
    });
    await watched.update({ language: 'en' });
    expect(switched).toEqual([]);
    await watched.update({ adbServers: ['10.0.0.2:5037'] });
    expect(synced).toEqual([['10.0.0.2:5037']]);
    expect(switched).toEqual([]);
    await watched.update({ adbPath: '/opt/adb' });
    await watched.update({ adbServerPort: 6000 });
    expect(switched).toEqual([
      { port: 41000, adbPath: '/opt/adb' },
      { port: 6000, adbPath: '/opt/adb' },
    ]);
    expect(told.map((status) => status.serverPort)).toEqual([41000, 6000]);
  });
});
