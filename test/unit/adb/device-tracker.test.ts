import { afterEach, describe, expect, it } from 'vitest';
import type { AdbkitClient, TrackHandlers } from '../../../main/adb/adbkit-client';
import type { DeviceChange } from '../../../main/adb/device-list';
import type { DeviceWatch } from '../../../main/adb/device-tracker';
import { createDeviceWatch } from '../../../main/adb/device-tracker';
import { AdbUnavailable } from '../../../main/adb/errors';

const SERVER = '127.0.0.1:5037';
const line = (serial: string, state: string) =>
  `${serial}  ${state} product:p model:M device:d transport_id:1\n`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const fakeClient = () => {
  const state = {
    listing: '' as string | Error,
    listDelayMs: 0,
    polls: 0,
    trackers: [] as { handlers: TrackHandlers; stopped: boolean }[],
  };
  const client = {
    server: SERVER,
    listDevicesLong: async () => {
      state.polls += 1;
      const answer = state.listing;
      if (state.listDelayMs > 0) await sleep(state.listDelayMs);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    trackDevices: async (handlers: TrackHandlers) => {
      const tracker = { handlers, stopped: false };
      state.trackers.push(tracker);
      return { stop: () => void (tracker.stopped = true) };
    },
  } as unknown as AdbkitClient;
  return { client, state };
};

let watch: DeviceWatch | undefined;
afterEach(() => watch?.stop());

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await sleep(5);
  expect(check()).toBe(true);
};

describe('createDeviceWatch', () => {
  it('applies tracker snapshots at once as typed events', async () => {
    const { client, state } = fakeClient();
    const changes: DeviceChange[] = [];
    watch = createDeviceWatch({ client, pollIntervalMs: 60_000, onChange: (c) => changes.push(c) });
    watch.start();
    await until(() => state.trackers.length === 1);
    state.trackers[0]?.handlers.onSnapshot(line('a', 'device'));
    expect(changes).toEqual([
      {
        added: [{ serial: 'a', state: 'device', server: SERVER, model: 'M', product: 'p' }],
        removed: [],
        changed: [],
      },
    ]);
    expect(watch.devices()).toHaveLength(1);
  });

  it('sees a drop the tracker never reports, through polling', async () => {
    const { client, state } = fakeClient();
    const changes: DeviceChange[] = [];
    watch = createDeviceWatch({ client, pollIntervalMs: 10, onChange: (c) => changes.push(c) });
    state.listing = line('a', 'device');
    watch.start();
    await until(() => watch?.devices()[0]?.state === 'device');
    state.listing = line('a', 'offline');
    await until(() => watch?.devices()[0]?.state === 'offline');
    state.listing = '';
    await until(() => watch?.devices().length === 0);
    expect(changes.map((c) => [c.added.length, c.changed.length, c.removed.length])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('drops every device and asks for a restart when the server is gone', async () => {
    const { client, state } = fakeClient();
    const down: unknown[] = [];
    watch = createDeviceWatch({
      client,
      pollIntervalMs: 10,
      onChange: () => undefined,
      onServerDown: async (error) => void down.push(error),
    });
    state.listing = line('a', 'device');
    watch.start();
    await until(() => watch?.devices().length === 1);
    state.listing = new AdbUnavailable('adb server is not running');
    await until(() => down.length > 0);
    expect(watch.devices()).toEqual([]);
    expect(watch.lastError()).toBeInstanceOf(AdbUnavailable);
  });

  it('recreates the tracker after it ends', async () => {
    const { client, state } = fakeClient();
    const errors: unknown[] = [];
    watch = createDeviceWatch({
      client,
      pollIntervalMs: 60_000,
      onChange: () => undefined,
      onError: (e) => errors.push(e),
    });
    watch.start();
    await until(() => state.trackers.length === 1);
    state.trackers[0]?.handlers.onEnd(new Error('Connection closed'));
    await until(() => state.trackers.length === 2);
    expect(errors).toHaveLength(1);
  });

  it('discards a poll that a fresher tracker snapshot overtook', async () => {
    const { client, state } = fakeClient();
    watch = createDeviceWatch({ client, pollIntervalMs: 60_000, onChange: () => undefined });
    watch.start();
    await until(() => state.trackers.length === 1);
    state.listing = '';
    state.listDelayMs = 30;
    const poll = watch.refresh();
    state.trackers[0]?.handlers.onSnapshot(line('a', 'device'));
    await poll;
    expect(watch.devices().map((d) => d.serial)).toEqual(['a']);
  });

  it('stop() ends polling and the tracker', async () => {
    const { client, state } = fakeClient();
    watch = createDeviceWatch({ client, pollIntervalMs: 5, onChange: () => undefined });
    watch.start();
    await until(() => state.polls >= 2);
    watch.stop();
    const polls = state.polls;
    await sleep(30);
    expect(state.polls).toBe(polls);
    expect(state.trackers.every((t) => t.stopped)).toBe(true);
  });
});
