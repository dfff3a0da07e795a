// renderer/src/api/bridge-transport.ts against a real bridge, with the `ws` package as the
// WebSocket (it sends the Origin and session cookie a browser would).
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { ApiCallError, createApi } from '../../../preload/contract';
import type { Settings } from '../../../preload/contract';
import { startBridge } from '../../../main/bridge';
import { createHandlerTable } from '../../../main/ipc/handlers';
import type { BridgeTransport } from '../../../renderer/src/api/bridge-transport';
import { createBridgeTransport, removeTokenFromLocation } from '../../../renderer/src/api/bridge-transport';
import type { BridgeFixture } from './bridge-fixture';
import { createFakeServices, createRendererDir, startTestBridge } from './bridge-fixture';

const browserLikeSocket = (options: { port: number; token: string }): typeof WebSocket =>
  class extends NodeWebSocket {
    constructor(url: string) {
      super(url, {
        headers: {
          Origin: `http://127.0.0.1:${options.port}`,
          Cookie: `privacyscope_bridge_${options.port}=${options.token}`,
        },
      });
    }
  } as unknown as typeof WebSocket;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const transportFor = (
  bridge: { port: number; token: string },
  extra: { connectTimeoutMs?: number } = {},
): BridgeTransport => {
  const { port, token } = bridge;
  const transport = createBridgeTransport({
    url: `ws://127.0.0.1:${port}/ws`,
    WebSocket: browserLikeSocket({ port, token }),
    backoff: { initialMs: 20, maxMs: 200 },
    ...extra,
  });
  cleanups.push(() => transport.close());
  return transport;
};

const started = async (): Promise<BridgeFixture> => {
  const fixture = await startTestBridge();
  cleanups.push(() => fixture.stop());
  return fixture;
};

describe('createBridgeTransport', () => {
  it('queues calls until the socket opens and returns values through createApi', async () => {
    const fixture = await started();
    const api = createApi(transportFor(fixture.bridge));
    const [info, status] = await Promise.all([api.app.info(), api.adb.status()]);
    expect(info.version).toBe('9.9.9-test');
    expect(status).toEqual({ found: true, serverRunning: false, serverPort: 5037 });
    expect(await api.settings.update({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
  });

  it('turns an invalid-argument envelope into an ApiCallError', async () => {
    const api = createApi(transportFor((await started()).bridge));
    const error = await api.settings
      .update({ theme: 'neon' } as unknown as Partial<Settings>)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('invalid-argument');
  });

  it('fans push events out to every subscriber of that event, and unsubscribes', async () => {
    const fixture = await started();
    const api = createApi(transportFor(fixture.bridge));
    const first = vi.fn();
    const second = vi.fn();
    const progress = vi.fn();
    const offFirst = api.on('devices:changed', first);
    api.on('devices:changed', second);
    api.on('task:progress', progress);
    await expect.poll(() => fixture.services.events.size).toBe(1);
    const devices = [{ serial: 'A1', state: 'device', server: '127.0.0.1:5037' }] as const;
    fixture.services.events.emit('devices:changed', devices);
    await expect.poll(() => second.mock.calls.length).toBe(1);
    expect(first).toHaveBeenCalledWith(devices);
    expect(progress).not.toHaveBeenCalled();
    offFirst();
    fixture.services.events.emit('devices:changed', []);
    await expect.poll(() => second.mock.calls.length).toBe(2);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('fails a call in flight with a disconnected envelope when the bridge goes away, then reconnects', async () => {
    const services = createFakeServices();
    const { root, rendererDir } = await createRendererDir();
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const options = { port: 0, rendererDir, table: createHandlerTable(services), events: services.events };
    const bridge = await startBridge(options);
    cleanups.push(() => bridge.close());
    const transport = transportFor(bridge);
    expect((await transport.invoke('app:info', undefined)).ok).toBe(true);
    services.gate = new Promise(() => {});
    const pending = transport.invoke('devices:list', undefined);
    await expect.poll(() => services.running).toBe(1);
    await bridge.close();
    expect(await pending).toEqual({
      ok: false,
      error: { code: 'disconnected', message: 'Connection to the PrivacyScope bridge was lost' },
    });
    // Same port and token again (as after a restart with a remembered session): calls work again.
    const again = await startBridge({ ...options, port: bridge.port, token: bridge.token });
    cleanups.push(() => again.close());
    expect(await transport.invoke('app:info', undefined)).toMatchObject({
      ok: true,
      value: { version: '9.9.9-test' },
    });
  });

  it('fails a call that cannot be sent in time, and every call after close()', async () => {
    const fixture = await started();
    await fixture.bridge.close();
    const transport = transportFor(fixture.bridge, { connectTimeoutMs: 150 });
    expect(await transport.invoke('app:info', undefined)).toEqual({
      ok: false,
      error: { code: 'disconnected', message: 'Could not reach the PrivacyScope bridge' },
    });
    const waiting = transport.invoke('app:info', undefined);
    transport.close();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    expect(await transport.invoke('app:info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'disconnected' },
    });
  });

  it('connects to ws://<location.host>/ws and drops the token from the address bar', async () => {
    const fixture = await started();
    const { port, token } = fixture.bridge;
    const replaceState = vi.fn();
    vi.stubGlobal('location', {
      href: `http://127.0.0.1:${port}/?token=${token}&lang=en#/about`,
      protocol: 'http:',
      host: `127.0.0.1:${port}`,
    });
    vi.stubGlobal('history', { state: { from: 'test' }, replaceState });
    const transport = createBridgeTransport({ WebSocket: browserLikeSocket({ port, token }) });
    cleanups.push(() => transport.close());
    expect(replaceState).toHaveBeenCalledWith({ from: 'test' }, '', '/?lang=en#/about');
    expect((await transport.invoke('app:info', undefined)).ok).toBe(true);
  });

  it('leaves a URL without a token alone', () => {
    const replaceState = vi.fn();
    vi.stubGlobal('location', { href: 'http://127.0.0.1:1/#/devices' });
    vi.stubGlobal('history', { state: null, replaceState });
    removeTokenFromLocation();
    expect(replaceState).not.toHaveBeenCalled();
  });
});
