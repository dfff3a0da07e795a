// What the changes service refuses before anything reaches a phone: a plan for another phone,
// and hiding a protected package without expert mode (a plan comes back from the renderer).
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../preload/contract';
import { ApiErrorCode } from '../../../preload/contract';
import { createChangesService } from '../../../main/services/changes-service';
import { EventHub } from '../../../main/services/event-hub';
import type { AppStore } from '../../../main/services/store';
import { createTaskRegistry } from '../../../main/services/task-registry';

const plan = (packageName: string, serial = 'S1', step: Partial<Plan['steps'][number]> = {}): Plan => ({
  schemaVersion: 1,
  id: 'p',
  createdAtMs: 0,
  device: { serial, sdk: 34 },
  steps: [
    {
      id: '1',
      kind: 'hide-app',
      target: { packageName, userId: 0 },
      commands: [],
      expected: { en: '', zh: '' },
      undo: { en: '', zh: '' },
      ...step,
    },
  ],
  skipped: [],
});

const service = (expertMode: boolean) =>
  createChangesService({
    adb: {
      device: () => {
        throw new Error('must not reach the phone');
      },
    },
    store: {} as AppStore,
    records: {} as never,
    scans: {} as never,
    settings: { get: async () => ({ language: 'en', theme: 'system', adbServerPort: 5037, expertMode }) },
    tasks: createTaskRegistry(new EventHub()),
  });

describe('changes service guards', () => {
  it('refuses hiding a protected package unless expert mode is on', async () => {
    await expect(
      service(false).apply({ device: { serial: 'S1' }, plan: plan('com.android.systemui'), taskId: 't' }),
    ).rejects.toMatchObject({
      code: ApiErrorCode.InvalidArgument,
      message: expect.stringMatching(/protected/),
    });
    // With expert mode the guard lets it through (here it then fails reaching the fake phone).
    await expect(
      service(true).apply({ device: { serial: 'S1' }, plan: plan('com.android.systemui'), taskId: 't' }),
    ).rejects.toThrow('must not reach the phone');
  });

  it('refuses a restore that would suspend or disable a protected package, not one that brings it back', async () => {
    const restore = (appState: Record<string, unknown>) =>
      plan('com.android.systemui', 'S1', {
        kind: 'restore-app-state',
        target: { packageName: 'com.android.systemui', userId: 0, appState },
      });
    for (const appState of [{ suspended: true }, { enabled: 'disabled-user' }, { hidden: true }]) {
      await expect(
        service(false).apply({ device: { serial: 'S1' }, plan: restore(appState), taskId: 't' }),
      ).rejects.toMatchObject({
        code: ApiErrorCode.InvalidArgument,
        message: expect.stringMatching(/protected/),
      });
    }
    await expect(
      service(false).apply({
        device: { serial: 'S1' },
        plan: restore({ suspended: false, enabled: 'default' }),
        taskId: 't',
      }),
    ).rejects.toThrow('must not reach the phone');
  });

  it('refuses a plan made for another phone', async () => {
    await expect(
      service(true).apply({ device: { serial: 'S1' }, plan: plan('com.example.app', 'OTHER'), taskId: 't' }),
    ).rejects.toMatchObject({ code: ApiErrorCode.InvalidArgument });
  });
});
