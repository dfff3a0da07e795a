import { beforeEach, describe, expect, it } from 'vitest';
import { API_CHANNELS, EVENT_IPC_CHANNEL } from '../../../preload/contract';
import type { ApiResult, DeviceSummary } from '../../../preload/contract';
import { createHandlerTable } from '../../../main/ipc/handlers';
import { forwardEventsToWindows, registerIpcHandlers } from '../../../main/ipc/register-electron';
import { EventHub } from '../../../main/services/event-hub';
import type { AppServices } from '../../../main/services/app-services';
import type { AppOrigin } from '../../../main/trusted-url';
import { FakeIpcMain, FakeWebContents } from '../../fakes/fake-electron';
import type { FakeFrame } from '../../fakes/fake-electron';

const APP_PAGE = 'file:///app/out/renderer/index.html';
const appOrigin: AppOrigin = { kind: 'file', pageUrl: APP_PAGE };

const fakeServices = (): AppServices & { opened: string[] } => {
  const opened: string[] = [];
  let settings = { language: 'system', theme: 'system', adbServerPort: 5037 } as const;
  return {
    opened,
    info: () => ({
      name: 'PrivacyScope',
      version: '0.0.0-test',
      shell: 'electron',
      platform: 'linux',
      versions: { node: '20' },
    }),
    adb: {
      status: async () => ({ found: false, serverRunning: false, serverPort: 5037 }),
      listDevices: async () => [],
    },
    settings: {
      get: async () => settings,
      update: async (patch) => (settings = { ...settings, ...patch } as typeof settings),
    },
    events: new EventHub(),
    openExternal: async (url) => {
      opened.push(url);
      return true;
    },
    dispose: async () => undefined,
  };
};

describe('registerIpcHandlers', () => {
  let ipcMain: FakeIpcMain;
  let window: FakeWebContents;
  let services: ReturnType<typeof fakeServices>;
  let remove: () => void;

  beforeEach(() => {
    ipcMain = new FakeIpcMain();
    window = new FakeWebContents();
    window.mainFrame.url = `${APP_PAGE}#/about`;
    services = fakeServices();
    remove = registerIpcHandlers({
      ipcMain,
      table: createHandlerTable(services),
      appOrigin,
      windowContents: () => [window],
    });
  });

  const fromWindow = () => ({ sender: window, senderFrame: window.mainFrame });

  it('registers exactly the contract channels and removes them again', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...API_CHANNELS].sort());
    remove();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('a good call from the app window answers {ok: true, value}', async () => {
    const result = (await ipcMain.invoke('app:info', fromWindow())) as ApiResult<unknown>;
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'PrivacyScope', shell: 'electron' }),
    });
    const updated = await ipcMain.invoke('settings:update', fromWindow(), { theme: 'dark' });
    expect(updated).toEqual({ ok: true, value: expect.objectContaining({ theme: 'dark' }) });
  });

  it.each([
    ['settings:update', [{ theme: 'neon' }]],
    ['settings:update', [{ adbServerPort: 80 }]],
    ['settings:update', [{ unexpected: true }]],
    ['settings:update', ['a string']],
    ['app:open-external', [{ url: 42 }]],
    ['app:open-external', [undefined]],
    ['app:info', [{ extra: 1 }]],
    ['app:info', [undefined, 'second argument']],
  ] as const)('bad arguments for %s → invalid-argument envelope, not a throw (%j)', async (channel, args) => {
    const result = (await ipcMain.invoke(channel, fromWindow(), ...args)) as ApiResult<unknown>;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-argument');
    expect(services.opened).toEqual([]);
  });

  const foreignSenders: [string, () => { sender: { id: number }; senderFrame: FakeFrame | null }][] = [
    ['a missing frame (navigated away or destroyed)', () => ({ sender: window, senderFrame: null })],
    ['a subframe', () => ({ sender: window, senderFrame: { url: APP_PAGE, parent: window.mainFrame } })],
    [
      'another origin',
      () => ({ sender: window, senderFrame: { url: 'https://evil.example/', parent: null } }),
    ],
    ['another file', () => ({ sender: window, senderFrame: { url: 'file:///tmp/evil.html', parent: null } })],
    ['a data: page', () => ({ sender: window, senderFrame: { url: 'data:text/html,x', parent: null } })],
    [
      'a web contents that is not our window',
      () => ({ sender: new FakeWebContents(), senderFrame: { url: APP_PAGE, parent: null } }),
    ],
    [
      'a frame whose url cannot be read any more',
      () => ({
        sender: window,
        senderFrame: Object.defineProperty({ parent: null } as unknown as FakeFrame, 'url', {
          get: () => {
            throw new Error('Render frame was disposed before WebFrameMain could be accessed');
          },
        }),
      }),
    ],
  ];

  it.each(foreignSenders)('a call from %s gets forbidden-sender and runs nothing', async (_what, from) => {
    for (const channel of ['app:open-external', 'settings:update'] as const) {
      const result = (await ipcMain.invoke(channel, from(), {
        url: 'https://example.com/',
      })) as ApiResult<unknown>;
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden-sender' }) });
    }
    expect(services.opened).toEqual([]);
  });

  it('reports unexpected handler errors as an internal envelope', async () => {
    const seen: unknown[] = [];
    const ipc = new FakeIpcMain();
    const broken = {
      ...fakeServices(),
      info: () => {
        throw new Error('boom');
      },
    };
    registerIpcHandlers({
      ipcMain: ipc,
      table: createHandlerTable(broken),
      appOrigin,
      windowContents: () => [window],
      onUnexpectedError: (error) => seen.push(error),
    });
    expect(await ipc.invoke('app:info', fromWindow())).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Unexpected internal error' },
    });
    expect(seen).toHaveLength(1);
  });
});

describe('forwardEventsToWindows', () => {
  it('sends every event to every live window as {event, payload} until unsubscribed', () => {
    const hub = new EventHub();
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    const closed = new FakeWebContents();
    closed.destroyed = true;
    const stop = forwardEventsToWindows(hub, () => [first, second, closed]);
    const devices: DeviceSummary[] = [{ serial: 'emulator-5554', state: 'device', server: '127.0.0.1:5037' }];
    hub.emit('devices:changed', devices);
    const expected = [{ channel: EVENT_IPC_CHANNEL, args: [{ event: 'devices:changed', payload: devices }] }];
    expect(first.sent).toEqual(expected);
    expect(second.sent).toEqual(expected);
    expect(closed.sent).toEqual([]);
    stop();
    hub.emit('task:progress', { taskId: 't', phase: 'x', done: true });
    expect(first.sent).toHaveLength(1);
    expect(hub.size).toBe(0);
  });
});
