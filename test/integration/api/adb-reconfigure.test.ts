// The adb settings take effect without a restart, through the composed services and the handler
// table against two private real adb servers: switching the port setting makes the device list
// follow the other server (old tracking stopped), an adb path that does not exist makes
// `adb:status` report adb missing with the install hint, and clearing it brings adb back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdbStatus, DeviceSummary } from '../../../preload/contract';
import { AdbProblemCode } from '../../../preload/contract';
import { launchVirtualPhone } from '../../../main/virtual-phone/launch-virtual-phone';
import type { LaunchedVirtualPhone } from '../../../main/virtual-phone/launch-virtual-phone';
import { startPrivateAdbServer } from '../../support/private-adb-server';
import type { PrivateAdbServer } from '../../support/private-adb-server';
import { useComposedApi } from './composed-api';

const changes: (readonly DeviceSummary[])[] = [];
const statuses: AdbStatus[] = [];
const api = useComposedApi({
  prefix: 'ps-adb-switch-',
  onReady: (services) =>
    services.events.subscribe((event, payload) => {
      if (event === 'devices:changed') changes.push(payload as readonly DeviceSummary[]);
      if (event === 'adb:changed') statuses.push(payload as AdbStatus);
    }),
});
const { call, envelope } = api;

const POLL = { timeout: 15_000, interval: 100 };
let other: PrivateAdbServer;
let first: LaunchedVirtualPhone;
let second: LaunchedVirtualPhone;
let initialPort: number;

beforeAll(async () => {
  [other, first, second] = await Promise.all([
    startPrivateAdbServer(),
    launchVirtualPhone({ profile: 'pixel-14' }),
    launchVirtualPhone({ profile: 'pixel-14' }),
  ]);
  const connected = await other.adb(['connect', second.phone.serial]);
  expect(connected.stdout).toContain('connected to');
});

afterAll(async () => {
  await other?.adb(['disconnect', second.phone.serial]);
  await Promise.all([first?.phone.close(), second?.phone.close()]);
  await other?.stop();
});

const serials = async (): Promise<string[]> => (await call('devices:list')).map((device) => device.serial);

describe('adb settings take effect live', () => {
  it('follows the adb server port setting, and an adb path, without a restart', async () => {
    const initial = await call('adb:status');
    initialPort = initial.serverPort;
    expect(initial.serverPort).not.toBe(other.port);
    await call('devices:connect', { target: first.phone.serial });
    expect(await serials()).toEqual([first.phone.serial]);

    // Another setting leaves the port this run was started with (`--adb-port`) alone.
    await call('settings:update', { language: 'en' });
    expect((await call('adb:status')).serverPort).toBe(initial.serverPort);
    expect(statuses).toEqual([]);

    await call('settings:update', { adbServerPort: other.port });
    const switched = await call('adb:status');
    expect(switched).toMatchObject({ found: true, serverRunning: true, serverPort: other.port });
    expect(switched.problem).toBeUndefined();
    expect(statuses.at(-1)).toMatchObject({ serverPort: other.port, found: true });
    const otherKey = `127.0.0.1:${other.port}`;
    expect(await call('devices:list')).toEqual([
      expect.objectContaining({ serial: second.phone.serial, server: otherKey, state: 'device' }),
    ]);
    await expect
      .poll(() => changes.at(-1)?.map((device) => `${device.server}/${device.serial}`), POLL)
      .toEqual([`${otherKey}/${second.phone.serial}`]);

    // The old server's tracking stopped: a phone leaving it is no longer reported.
    const before = changes.length;
    const oldServer = `127.0.0.1:${initial.serverPort}`;
    second.phone.dropConnections();
    first.phone.dropConnections();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(
      changes
        .slice(before)
        .flat()
        .some((device) => device.server === oldServer),
    ).toBe(false);
    await expect.poll(serials, POLL).toEqual([second.phone.serial]);
  });

  it('reports adb missing for an adb path that does not exist, and recovers when it is cleared', async () => {
    await call('settings:update', { adbPath: '/nonexistent/privacyscope/adb' });
    const missing = await call('adb:status');
    expect(missing).toMatchObject({ found: false, serverPort: other.port });
    expect(missing.problem?.code).toBe(AdbProblemCode.NotFound);
    expect(missing.problem?.message).toContain('/nonexistent/privacyscope/adb');
    expect(missing.problem?.message).toContain('sudo apt install adb');
    expect(statuses.at(-1)).toMatchObject({ found: false });

    await call('settings:update', { adbPath: null });
    const back = await call('adb:status');
    expect(back).toMatchObject({ found: true, serverRunning: true, serverPort: other.port });
    expect(statuses.at(-1)).toMatchObject({ found: true });
    await expect.poll(serials, POLL).toEqual([second.phone.serial]);
    expect((await envelope('devices:list')).ok).toBe(true);
  });

  it('takes the open demo phones along to the new adb server', async () => {
    const demo = await call('demo:start', { profile: 'pixel-14' });
    const onOther = async () => (await other.adb(['devices'])).stdout;
    expect(await onOther()).toContain(demo.serial);

    await call('settings:update', { adbServerPort: initialPort });
    expect((await call('adb:status')).serverPort).toBe(initialPort);
    await expect
      .poll(async () => (await call('devices:list')).find((device) => device.serial === demo.serial), POLL)
      .toMatchObject({ state: 'device', server: `127.0.0.1:${initialPort}`, demoProfile: 'pixel-14' });
    // The server it left let go of it.
    expect(await onOther()).not.toContain(demo.serial);
    await call('demo:stop', { serial: demo.serial });
  });
});
