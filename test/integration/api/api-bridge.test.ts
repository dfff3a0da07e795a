// The composed services served by a real bridge: `POST /api/<channel>` answers the same
// envelopes as IPC — a demo phone opened, scanned and closed over HTTP, bad arguments refused.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../main/bridge';
import { startBridge } from '../../../main/bridge';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlerTable } from '../../../main/ipc/handlers';
import type { AppServices } from '../../../main/services/app-services';
import { composeServices } from '../../../main/services/compose-services';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../support/private-adb-server';
import { createRendererDir, rawRequest } from '../bridge/bridge-fixture';

const TOKEN = 'api-bridge-test-token';
let server: PrivateAdbServer;
let services: AppServices;
let bridge: Bridge;
let root: string;

beforeAll(async () => {
  server = await startPrivateAdbServer();
  const dirs = await createRendererDir();
  root = dirs.root;
  services = await composeServices({
    shell: 'bridge',
    dataDir: `${root}/data`,
    openExternal: async () => false,
    adbServerPort: server.port,
  });
  bridge = await startBridge({
    port: 0,
    rendererDir: dirs.rendererDir,
    table: createHandlerTable(services),
    events: services.events,
    token: TOKEN,
  });
});

afterAll(async () => {
  await bridge?.close();
  await services?.dispose();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

const post = async (channel: string, body?: unknown): Promise<Record<string, unknown>> => {
  const response = await rawRequest({
    port: bridge.port,
    path: `/api/${channel}`,
    method: 'POST',
    headers: {
      Host: `127.0.0.1:${bridge.port}`,
      Authorization: `Bearer ${TOKEN}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as Record<string, unknown>;
};

describe('the API over the browser bridge', () => {
  it('opens, scans and closes a demo phone over POST /api', async () => {
    expect(await post('demo:start', { profile: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    const started = (await post('demo:start', { profile: 'legacy-7' })) as {
      ok: true;
      value: { serial: string };
    };
    expect(started).toMatchObject({ ok: true, value: { state: 'device', demoProfile: 'legacy-7' } });
    const device = { serial: started.value.serial };
    expect(await post('scan:latest', { device })).toEqual({ ok: true, value: null });
    expect(await post('scan:run', { device, taskId: 'has space' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    const scanned = await post('scan:run', { device, taskId: 'bridge-scan' });
    expect(scanned).toMatchObject({ ok: true, value: { scanId: 1 } });
    expect(
      await post('plan:build', { device, selections: [{ packageName: 'x', action: 'hide' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await post('journal:list', { device })).toEqual({ ok: true, value: [] });
    expect(await post('task:cancel', { taskId: 'bridge-scan' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(await post('demo:stop', { serial: device.serial })).toEqual({
      ok: true,
      value: { stopped: true },
    });
    expect(await post('demo:stop', { serial: device.serial })).toEqual({
      ok: true,
      value: { stopped: false },
    });
  });

  it('cancels a running scan, and closes and disconnects demo phones on dispose', async () => {
    const own = await composeServices({
      shell: 'bridge',
      dataDir: `${root}/data-own`,
      openExternal: async () => false,
      adbServerPort: server.port,
    });
    const table = createHandlerTable(own);
    const call = (channel: Parameters<typeof dispatch>[0]['channel'], request?: unknown) =>
      dispatch({ table, channel, request, context: { via: 'test' } });
    const started = await call('demo:start', { profile: 'large-400' });
    if (!started.ok) throw new Error(started.error.message);
    const { serial } = started.value as { serial: string };
    const cancelOnFirstProgress = own.events.subscribe((event, payload) => {
      if (event === 'task:progress' && (payload as { taskId: string }).taskId === 'cancel-me') {
        void call('task:cancel', { taskId: 'cancel-me' });
      }
    });
    const scan = await call('scan:run', { device: { serial }, taskId: 'cancel-me' });
    cancelOnFirstProgress();
    expect(scan).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await server.adb(['devices'])).stdout).toContain(serial);
    await own.dispose();
    expect((await server.adb(['devices'])).stdout).not.toContain(serial);
  });
});
