// The "Done when": a live scan of each virtual-phone profile through the real adb server
// equals the offline scan of the same phone's outputs captured with `adb shell`, in a fixed two
// round trips.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { scanDevice, scanFromFolder } from '../../../main/reader/scan';
import { useReaderHarness } from './reader-harness';
import { captureFolder, connectPhone, snapshotDifferences } from './scan-support';

const harness = useReaderHarness();
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

// legacy-7 prints appops times only relative to the dump (`time=+5m ago`): they are dated
// against the host clock on both sides, read a few ms apart.
const PROFILES = [
  { profile: 'cn-flagship-14', toleranceMs: 0 },
  { profile: 'pixel-14', toleranceMs: 0 },
  { profile: 'legacy-7', toleranceMs: 2_000 },
] as const;

describe('live scan = offline scan of the captured outputs', () => {
  for (const { profile, toleranceMs } of PROFILES) {
    it(profile, async () => {
      const { phone, serial } = await connectPhone(harness.server, profile);
      harness.phones.push(phone);
      const live = await scanDevice(harness.service.device(serial));
      const dir = await captureFolder(harness.server, serial);
      folders.push(dir);
      const offline = await scanFromFolder(dir, { serial });
      expect(live.roundTrips).toBe(2);
      expect(live.apps.length).toBeGreaterThan(20);
      // Only the live scan learns that the phone has no `date` (the folder has date.txt).
      const clockWarning = (w: { message: string }) => w.message.startsWith('date:');
      expect(live.warnings.filter(clockWarning)).toHaveLength(1);
      const liveRest = { ...live, warnings: live.warnings.filter((w) => !clockWarning(w)) };
      expect(snapshotDifferences(liveRest, offline, { toleranceMs })).toEqual([]);
      expect(live.partial).toBe(false);
    });
  }
});
