// The sandboxed preload, run against the electron stand-in: what it exposes, and nothing more.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  API_GLOBAL_NAME,
  API_METHODS,
  ApiCallError,
  EVENT_IPC_CHANNEL,
  unwrapEnvelopeApi,
} from '../../../preload/contract';
import type { Api, DeviceSummary, EnvelopeApi } from '../../../preload/contract';
import { fakeElectron } from '../../fakes/fake-electron';

vi.mock('electron', async () => (await import('../../fakes/fake-electron')).fakeElectron);

const { contextBridge, ipcRenderer } = fakeElectron;
/** What the preload exposes (envelopes), and what the renderer makes of it. */
let exposed: EnvelopeApi;
let api: Api;

beforeAll(async () => {
  await import('../../../preload/index');
  exposed = contextBridge.exposed.get(API_GLOBAL_NAME) as EnvelopeApi;
  api = unwrapEnvelopeApi(exposed);
});

beforeEach(() => {
  ipcRenderer.invocations.length = 0;
  ipcRenderer.respond = () => ({ ok: true, value: null });
});

/** Every path in the exposed object, with the type of what is there. */
const shape = (value: unknown, path = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key))
    : [`${path}: ${typeof value}`];

/** Emits a push event the way Electron does: the IPC event object first (its sender is ipcRenderer). */
const push = (message: unknown) =>
  ipcRenderer.emit(EVENT_IPC_CHANNEL, { sender: ipcRenderer, ports: [] }, message);

describe('preload', () => {
  it(`exposes one global, window.${API_GLOBAL_NAME}, holding one function per channel and on()`, () => {
    expect([...contextBridge.exposed.keys()]).toEqual([API_GLOBAL_NAME]);
    const expected = [
      ...Object.entries(API_METHODS).flatMap(([domain, methods]) =>
        Object.keys(methods).map((method) => `${domain}.${method}: function`),
      ),
      'on: function',
    ];
    expect(shape(exposed).sort()).toEqual(expected.sort());
    // Spot-check the mapping is the contract's, not just any function per name.
    expect(expected).toContain('devices.list: function');
    expect(expected).toContain('journal.rollBack: function');
  });

  it('never exposes ipcRenderer or a generic invoke/send', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value))
        return;
      seen.add(value);
      expect(value).not.toBe(ipcRenderer);
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key]);
    };
    walk(exposed);
    expect(JSON.stringify(shape(exposed))).not.toMatch(/invoke|send|ipc/i);
  });

  it('calls go through ipcRenderer.invoke on the contract channel', async () => {
    ipcRenderer.respond = (channel) => ({ ok: true, value: { channel } });
    await expect(api.app.info()).resolves.toEqual({ channel: 'app:info' });
    await expect(api.settings.update({ theme: 'dark' })).resolves.toEqual({ channel: 'settings:update' });
    await api.app.openExternal({ url: 'https://example.com/' });
    expect(ipcRenderer.invocations).toEqual([
      { channel: 'app:info', args: [] },
      { channel: 'settings:update', args: [{ theme: 'dark' }] },
      { channel: 'app:open-external', args: [{ url: 'https://example.com/' }] },
    ]);
  });

  it('exposed calls resolve to the envelope itself: contextBridge would strip an error code', async () => {
    const envelope = { ok: false, error: { code: 'device-offline', message: 'device offline' } };
    ipcRenderer.respond = () => envelope;
    await expect(exposed.devices.list()).resolves.toEqual(envelope);
  });

  it('unwrapped on the renderer side, an error envelope rejects with an ApiCallError carrying the code', async () => {
    ipcRenderer.respond = () => ({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: 'Invalid argument for settings:update',
        details: ['theme: bad'],
      },
    });
    const failure = await api.settings.update({ theme: 'dark' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({ code: 'invalid-argument', details: ['theme: bad'] });
  });

  it('push events reach subscribers with the payload only, until they unsubscribe', () => {
    const devices: DeviceSummary[] = [{ serial: 'emulator-5554', state: 'device', server: '127.0.0.1:5037' }];
    const received: unknown[][] = [];
    const progress: unknown[] = [];
    const unsubscribe = api.on('devices:changed', (...args: unknown[]) => received.push(args));
    const other = api.on('task:progress', (payload) => progress.push(payload));
    push({ event: 'devices:changed', payload: devices });
    expect(received).toEqual([[devices]]);
    expect(progress).toEqual([]);
    unsubscribe();
    push({ event: 'devices:changed', payload: [] });
    expect(received).toHaveLength(1);
    other();
  });

  it('ignores malformed or unknown events and survives a throwing listener', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const received: unknown[] = [];
    const first = api.on('task:progress', () => {
      throw new Error('renderer bug');
    });
    const second = api.on('task:progress', (payload) => received.push(payload));
    push(undefined);
    push('devices:changed');
    push({ event: 'shell:exec', payload: 'rm -rf /' });
    push({ event: 'task:progress', payload: { taskId: 't', phase: 'p', done: true } });
    expect(received).toEqual([{ taskId: 't', phase: 'p', done: true }]);
    expect(errors).toHaveBeenCalledTimes(1);
    first();
    second();
    errors.mockRestore();
  });

  it('listens on the event channel once, however many subscribers there are', () => {
    const offs = [api.on('task:progress', () => undefined), api.on('devices:changed', () => undefined)];
    expect(ipcRenderer.eventNames()).toEqual([EVENT_IPC_CHANNEL]);
    expect(ipcRenderer.listenerCount(EVENT_IPC_CHANNEL)).toBe(1);
    for (const off of offs) off();
  });

  it('refuses to subscribe to an event outside the contract', () => {
    expect(() => api.on('shell:exec' as never, () => undefined)).toThrow(TypeError);
  });
});
