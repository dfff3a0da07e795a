import { describe, expect, it } from 'vitest';
import {
  sensitiveUseEvents,
  timelineBuckets,
} from '../../../../renderer/src/views/overview/timeline-buckets';
import { app, scan } from './scan-factory';

const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;

describe('sensitiveUseEvents', () => {
  it('merges recent use and app-op times, counting one access once', () => {
    const events = sensitiveUseEvents(
      scan({
        recentUse: [
          { packageName: 'com.pay', kind: 'location', lastAccessMs: NOW - HOUR, background: false },
        ],
        apps: [
          app('com.pay', {
            appOps: [
              {
                op: 'FINE_LOCATION',
                mode: 'allow',
                lastAccessBackgroundMs: NOW - HOUR,
                lastAccessMs: NOW - HOUR,
              },
              { op: 'COARSE_LOCATION', mode: 'allow', lastAccessBackgroundMs: NOW - HOUR },
              {
                op: 'CAMERA',
                mode: 'allow',
                lastAccessForegroundMs: NOW - 2 * HOUR,
                lastAccessMs: NOW - 2 * HOUR,
              },
              { op: 'READ_CONTACTS', mode: 'allow', lastAccessMs: NOW - HOUR },
            ],
          }),
          app('com.chat', { appOps: [{ op: 'RECORD_AUDIO', mode: 'allow', lastAccessMs: NOW - 3 * HOUR }] }),
        ],
      }),
    );
    expect([...events].sort((a, b) => b.atMs - a.atMs)).toEqual([
      // Seen in the foreground by recent use and in the background by the op: background wins.
      { packageName: 'com.pay', kind: 'location', atMs: NOW - HOUR, background: true },
      { packageName: 'com.pay', kind: 'camera', atMs: NOW - 2 * HOUR, background: false },
      { packageName: 'com.chat', kind: 'microphone', atMs: NOW - 3 * HOUR, background: false },
    ]);
  });
});

describe('timelineBuckets', () => {
  const events = [
    { packageName: 'a', kind: 'camera', atMs: NOW, background: false },
    { packageName: 'a', kind: 'location', atMs: NOW - 30 * 60_000, background: true },
    { packageName: 'b', kind: 'microphone', atMs: NOW - 23.5 * HOUR, background: false },
    { packageName: 'b', kind: 'location', atMs: NOW - 24 * HOUR, background: true },
    { packageName: 'c', kind: 'camera', atMs: NOW - 3 * 24 * HOUR, background: false },
    { packageName: 'd', kind: 'camera', atMs: NOW + HOUR, background: false },
  ] as const;

  it('buckets the last 24 hours by hour, newest bucket last', () => {
    const timeline = timelineBuckets(events, { range: '24h', nowMs: NOW });
    expect(timeline.buckets).toHaveLength(24);
    expect(timeline.buckets[0]).toEqual({
      startMs: NOW - 24 * HOUR,
      endMs: NOW - 23 * HOUR,
      camera: 0,
      microphone: 1,
      location: 0,
      background: 0,
    });
    expect(timeline.buckets[23]).toMatchObject({ camera: 1, location: 1, background: 1, endMs: NOW });
    expect(timeline.totals).toEqual({ camera: 1, microphone: 1, location: 1, background: 1 });
    expect(timeline.events.map((event) => event.packageName)).toEqual(['a', 'a', 'b']);
  });

  it('buckets the last 7 days by day', () => {
    const timeline = timelineBuckets(events, { range: '7d', nowMs: NOW });
    expect(timeline.buckets).toHaveLength(7);
    expect(timeline.totals).toEqual({ camera: 2, microphone: 1, location: 2, background: 2 });
    // Exactly 24 h ago is the start of the newest day (buckets include their start).
    expect(timeline.buckets[6]).toMatchObject({ camera: 1, microphone: 1, location: 2, background: 2 });
    expect(timeline.buckets[5]).toMatchObject({ camera: 0, microphone: 0, location: 0 });
    expect(timeline.buckets[4]).toMatchObject({ camera: 1 });
  });

  it('is all zeros without events', () => {
    const timeline = timelineBuckets([], { range: '24h', nowMs: NOW });
    expect(timeline.totals).toEqual({ camera: 0, microphone: 0, location: 0, background: 0 });
    expect(timeline.events).toEqual([]);
  });
});
