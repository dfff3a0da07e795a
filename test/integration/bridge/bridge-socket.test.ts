// The bridge's WebSocket against a real server: upgrade refusals (token, Origin, Host),
// envelopes for calls, push events from the EventHub, malformed input and the limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { BridgeFixture } from './bridge-fixture';
import { closeEvent, nextMessage, openSocket, startTestBridge } from './bridge-fixture';

let fixture: BridgeFixture;
let port: number;
let token: string;

beforeAll(async () => {
  fixture = await startTestBridge({ maxInFlightPerSocket: 2, maxMessageBytes: 64 * 1024 });
  ({ port, token } = fixture.bridge);
});
afterAll(() => fixture.stop());

const connect = async (extra: Record<string, string> = {}): Promise<WebSocket> => {
  const attempt = await openSocket({
    port,
    headers: { Origin: fixture.origin, Cookie: `privacyscope_bridge_${port}=${token}`, ...extra },
  });
  if (!('socket' in attempt)) throw new Error(`upgrade refused with ${attempt.status}`);
  return attempt.socket;
};

const call = async (socket: WebSocket, message: Record<string, unknown>) => {
  const reply = nextMessage(socket, (received) => received.id === message.id);
  socket.send(JSON.stringify(message));
  return (await reply) as { id: unknown; result: Record<string, unknown> };
};

describe('upgrade', () => {
  it('refuses a socket without a token or with a wrong one (401 before upgrade)', async () => {
    expect(await openSocket({ port, headers: { Origin: fixture.origin } })).toEqual({ status: 401 });
    expect(
      await openSocket({
        port,
        headers: { Origin: fixture.origin, Cookie: `privacyscope_bridge_${port}=nope` },
      }),
    ).toEqual({ status: 401 });
  });

  it('refuses a foreign or missing Origin with 403, a foreign Host with 421', async () => {
    const auth = { Cookie: `privacyscope_bridge_${port}=${token}` };
    expect(await openSocket({ port, headers: { ...auth, Origin: 'http://evil.example' } })).toEqual({
      status: 403,
    });
    expect(await openSocket({ port, headers: auth })).toEqual({ status: 403 });
    expect(
      await openSocket({ port, headers: { ...auth, Origin: fixture.origin, Host: 'evil.example' } }),
    ).toEqual({
      status: 421,
    });
  });

  it('refuses other paths and accepts cookie, query or Bearer tokens', async () => {
    expect(await openSocket({ port, path: '/socket', headers: { Origin: fixture.origin } })).toEqual({
      status: 404,
    });
    for (const attempt of [
      await openSocket({ port, path: `/ws?token=${token}`, headers: { Origin: fixture.origin } }),
      await openSocket({ port, headers: { Origin: fixture.origin, Authorization: `Bearer ${token}` } }),
    ]) {
      expect('socket' in attempt).toBe(true);
      if ('socket' in attempt) attempt.socket.close();
    }
  });
});

describe('calls', () => {
  it('answers a call with the dispatch envelope under the same id', async () => {
    const socket = await connect();
    expect(await call(socket, { id: 1, channel: 'app:info' })).toMatchObject({
      id: 1,
      result: { ok: true, value: { version: '9.9.9-test' } },
    });
    expect(
      await call(socket, { id: 'abc', channel: 'settings:update', request: { theme: 'light' } }),
    ).toMatchObject({
      id: 'abc',
      result: { ok: true, value: { theme: 'light' } },
    });
    socket.close();
  });

  it('answers bad arguments with invalid-argument and unknown channels with unknown-channel', async () => {
    const socket = await connect();
    const bad = await call(socket, {
      id: 2,
      channel: 'settings:update',
      request: { adbServerPort: 'x', extra: 1 },
    });
    expect(bad.result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unexpected = await call(socket, { id: 3, channel: 'app:info', request: { surprise: true } });
    expect(unexpected.result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = await call(socket, { id: 4, channel: 'fs:read', request: '/etc/passwd' });
    expect(unknown.result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Unknown API channel' },
    });
    socket.close();
  });

  it('closes the socket on malformed JSON, a message without id, or binary data', async () => {
    for (const payload of [
      '{not json',
      JSON.stringify({ channel: 'app:info' }),
      '[1,2]',
      Buffer.from([1, 2]),
    ]) {
      const socket = await connect();
      const closed = closeEvent(socket);
      socket.send(payload);
      expect([1003, 1008]).toContain((await closed).code);
    }
  });

  it('closes a socket that sends a message over the size cap', async () => {
    const socket = await connect();
    const closed = closeEvent(socket);
    socket.send(JSON.stringify({ id: 5, channel: 'app:info', request: 'x'.repeat(65 * 1024) }));
    expect((await closed).code).toBe(1009);
  });

  it('runs at most maxInFlight calls per socket at once and answers all of them', async () => {
    const socket = await connect();
    let release: () => void = () => {};
    fixture.services.gate = new Promise((resolve) => (release = resolve));
    fixture.services.maxRunning = 0;
    const before = fixture.services.listCalls;
    const replies = Array.from({ length: 6 }, (_, index) =>
      nextMessage(socket, (message) => message.id === 100 + index),
    );
    for (let index = 0; index < 6; index += 1)
      socket.send(JSON.stringify({ id: 100 + index, channel: 'devices:list' }));
    // Two start; the other four wait until a slot frees (the gate holds both slots).
    await expect.poll(() => fixture.services.listCalls - before).toBe(2);
    expect(fixture.services.running).toBe(2);
    release();
    const results = await Promise.all(replies);
    fixture.services.gate = undefined;
    expect(results.every((reply) => (reply as { result: { ok: boolean } }).result.ok)).toBe(true);
    expect(fixture.services.maxRunning).toBe(2);
    expect(fixture.services.listCalls - before).toBe(6);
    socket.close();
  });
});

describe('events', () => {
  it('pushes every EventHub emission to every open socket', async () => {
    const [first, second] = [await connect(), await connect()];
    const devices = [{ serial: 'R58M', state: 'device', server: '127.0.0.1:5037' }] as const;
    const arrivals = [first, second].map((socket) => nextMessage(socket, (message) => 'event' in message));
    fixture.services.events.emit('devices:changed', devices);
    for (const message of await Promise.all(arrivals)) {
      expect(message).toEqual({ event: 'devices:changed', payload: devices });
    }
    const progress = nextMessage(first, (message) => message.event === 'task:progress');
    fixture.services.events.emit('task:progress', {
      taskId: 't1',
      phase: 'scan',
      fraction: 0.5,
      done: false,
    });
    expect(await progress).toEqual({
      event: 'task:progress',
      payload: { taskId: 't1', phase: 'scan', fraction: 0.5, done: false },
    });
    const sinks = fixture.services.events.size;
    const closed = closeEvent(second);
    second.close();
    await closed;
    await expect.poll(() => fixture.services.events.size).toBe(sinks - 1);
    first.close();
  });
});
