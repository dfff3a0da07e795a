// Degraded states through the real adb server: unauthorized, "Allow" on the phone,
// offline, cable pull + redial, adbd restart, and the run-time faults (hang, drop after N
// bytes, latency, bandwidth). Each test uses a fresh phone; one adb server for the file.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startVirtualPhone,
  type VirtualPhone,
  type VirtualPhoneOptions,
} from '../../../../main/virtual-phone/virtual-phone';
import { createEchoShell, type EchoShell } from '../../../support/echo-shell';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../../support/private-adb-server';
import { adbBytes, connectPhone, listedState, waitForState } from './adb-harness';

let adb: PrivateAdbServer;
const phones: VirtualPhone[] = [];

const newPhone = async (
  options: Partial<VirtualPhoneOptions> = {},
): Promise<{ phone: VirtualPhone; shell: EchoShell }> => {
  const shell = createEchoShell();
  const phone = await startVirtualPhone({ executor: shell, ...options });
  phones.push(phone);
  return { phone, shell };
};

const run = (phone: VirtualPhone, command: string, timeoutMs?: number) =>
  adb.adb(['-s', phone.serial, 'shell', command], timeoutMs === undefined ? {} : { timeoutMs });

beforeAll(async () => {
  adb = await startPrivateAdbServer();
});

afterEach(async () => {
  for (const phone of phones.splice(0)) {
    await adb.adb(['disconnect', phone.serial]);
    await phone.close();
  }
});

afterAll(async () => {
  await adb?.adb(['disconnect']);
  await adb?.stop();
});

describe('authorization', () => {
  it('is listed unauthorized and refuses shell; "Allow" on the phone flips it to device', async () => {
    const { phone } = await newPhone({ auth: 'unauthorized' });
    const connect = await adb.adb(['connect', phone.serial]);
    expect(connect.stdout).toContain(`failed to authenticate to ${phone.serial}`);
    await waitForState(adb, { serial: phone.serial, state: 'unauthorized' });
    const refused = await run(phone, 'echo hi');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('error: device unauthorized.');
    await phone.events.waitFor('auth', { predicate: (event) => event.received === 'public-key' });
    phone.setAuth('authorize-on-key');
    await waitForState(adb, { serial: phone.serial, state: 'device' });
    expect((await run(phone, 'echo allowed')).stdout).toBe('allowed\n');
  });

  it('authorize-on-key accepts the key, then trusts the host after a reconnect', async () => {
    const { phone } = await newPhone({ auth: 'authorize-on-key' });
    await adb.adb(['connect', phone.serial]);
    await waitForState(adb, { serial: phone.serial, state: 'device' });
    phone.dropConnections();
    await phone.events.waitFor('handshake', {
      predicate: (event) => event.connectionId === 2 && event.result === 'online',
    });
    await waitForState(adb, { serial: phone.serial, state: 'device' });
    expect(phone.events.ofType('auth').filter((event) => event.received === 'public-key')).toHaveLength(1);
    expect(
      phone.events
        .ofType('auth')
        .filter((event) => event.connectionId === 2)
        .map((event) => event.received),
    ).toEqual(['signature']);
  });
});

describe('offline and reconnects', () => {
  it('is listed offline while the phone never answers CNXN, and recovers after a redial', async () => {
    const { phone } = await newPhone({ faults: { offline: true } });
    const ignored = phone.events.waitFor('handshake', { predicate: (event) => event.result === 'ignored' });
    // adb connect would block 10 s; the transport is registered as soon as TCP connects.
    const connecting = adb.adb(['connect', phone.serial], { timeoutMs: 500 });
    await ignored;
    await waitForState(adb, { serial: phone.serial, state: 'offline' });
    expect((await run(phone, 'echo x')).stderr).toContain('device offline');
    await connecting;
    phone.setFaults({ offline: false });
    phone.dropConnections();
    await waitForState(adb, { serial: phone.serial, state: 'device', timeoutMs: 15_000 });
  });

  it('goes offline on a cable pull and comes back when the phone listens again', async () => {
    const { phone } = await newPhone();
    await connectPhone(adb, phone.serial);
    await phone.stopListening();
    phone.dropConnections();
    await waitForState(adb, { serial: phone.serial, state: 'offline' });
    expect((await run(phone, 'echo x')).stderr).toContain('device offline');
    await phone.resumeListening();
    // adb redials ~250 ms after the drop (then every 10 s).
    await waitForState(adb, { serial: phone.serial, state: 'device', timeoutMs: 15_000 });
    expect((await run(phone, 'echo back')).stdout).toBe('back\n');
  });

  it('ends an in-flight shell silently on adbd restart and picks up the new banner', async () => {
    const { phone, shell } = await newPhone({ banner: { model: 'Old_Model' } });
    await connectPhone(adb, phone.serial);
    const inFlight = run(phone, 'sleep 20000; echo late');
    await phone.events.waitFor('service', {
      predicate: (event) => event.service.endsWith('sleep 20000; echo late'),
    });
    await expect.poll(() => shell.running.size).toBe(1);
    phone.restartAdbd({ banner: { model: 'New_Model' } });
    expect(await inFlight).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(shell.running.size).toBe(0);
    await expect
      .poll(async () => (await adb.adb(['devices', '-l'])).stdout, { timeout: 5000 })
      .toMatch(new RegExp(`${phone.serial}\\s+device .*model:New_Model`));
  });
});

describe('run-time faults', () => {
  it('hangs a matching command until the host closes the stream; others still run', async () => {
    const { phone, shell } = await newPhone({ faults: { hangCommandPattern: /^dumpsys/ } });
    await connectPhone(adb, phone.serial);
    const closedByHost = phone.events.waitFor('stream-closed', {
      predicate: (event) => event.by === 'host' && event.service.endsWith(':dumpsys package'),
    });
    const hung = run(phone, 'dumpsys package', 700);
    expect((await run(phone, 'echo meanwhile')).stdout).toBe('meanwhile\n');
    expect((await hung).stdout).toBe('');
    await closedByHost;
    expect(shell.commands).not.toContain('dumpsys package');
  });

  it('drops the connection after N bytes mid-command, then adb redials', async () => {
    const { phone } = await newPhone();
    await connectPhone(adb, phone.serial);
    phone.setFaults({ dropAfterBytes: 100_000 });
    const disconnected = phone.events.waitFor('disconnect');
    const result = await adbBytes(adb, ['-s', phone.serial, 'exec-out', 'seq-bytes', '1000000']);
    expect(result.stdout.length).toBeLessThan(100_000);
    expect((await disconnected).reason).toBe('dropped after 100000 bytes');
    phone.setFaults({ dropAfterBytes: undefined });
    await waitForState(adb, { serial: phone.serial, state: 'device', timeoutMs: 15_000 });
  });

  it('adds latency per command and limits bandwidth', async () => {
    const { phone } = await newPhone();
    await connectPhone(adb, phone.serial);
    phone.setFaults({ latencyMs: 300 });
    let started = performance.now();
    expect((await run(phone, 'echo slow')).stdout).toBe('slow\n');
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    phone.setFaults({ latencyMs: 0, bytesPerSecond: 1024 * 1024 });
    started = performance.now();
    const result = await adbBytes(adb, ['-s', phone.serial, 'exec-out', 'seq-bytes', String(512 * 1024)]);
    expect(result.stdout.length).toBe(512 * 1024);
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
    expect(await listedState(adb, phone.serial)).toBe('device');
  });
});
