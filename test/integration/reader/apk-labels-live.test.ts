// App labels read from the virtual phone's APKs through the real adb server: a live scan gets
// each app's Chinese and English name (cn-flagship-14 knows them), a rescan of unchanged apps
// reads no APK bytes at all (no dd / tail on the transport), an updated app is read again, and
// the label read costs the same few round trips for 100 and 600 apps.
import { describe, expect, it } from 'vitest';
import { scanCommand } from '../../../main/cli/scan-command';
import { scanDevice } from '../../../main/reader/scan';
import type { DeviceSnapshot } from '../../../main/snapshot/device-snapshot';
import { recordCliIo } from '../../support/cli-io';
import type { VirtualPhone } from '../../../main/virtual-phone/virtual-phone';
import { useReaderHarness } from './reader-harness';
import { connectPhone } from './scan-support';

const harness = useReaderHarness();

const apkReads = (phone: VirtualPhone): number =>
  phone.events
    .ofType('service')
    .filter((event) => event.service.includes("dd 'if=") || event.service.includes("tail '-c'")).length;

describe('APK labels on a live scan', () => {
  it('reads zh/en labels once, reuses them for unchanged apps and rereads an updated one', async () => {
    const connected = await connectPhone(harness.server, 'cn-flagship-14');
    harness.phones.push(connected.phone);
    const session = harness.service.device(connected.serial);
    const first = await scanDevice(session);
    const byName = new Map(first.apps.map((app) => [app.packageName, app]));
    expect(byName.get('com.tencent.mm')?.label).toEqual({ default: 'WeChat', zh: '微信', en: 'WeChat' });
    expect(byName.get('com.eg.android.AlipayGphone')?.label).toMatchObject({ zh: '支付宝' });
    const installed = first.apps.filter((app) => app.installed);
    const labelled = installed.filter((app) => app.label !== undefined && app.label !== null);
    expect(labelled.length).toBeGreaterThan(installed.length * 0.6);
    expect(installed.every((app) => app.label !== undefined)).toBe(true);
    expect(first.labelRead).toMatchObject({ read: installed.length, reused: 0 });
    expect(first.labelRead?.roundTrips).toBeLessThanOrEqual(6);
    expect(first.roundTrips).toBe(2);

    const readsBefore = apkReads(connected.phone);
    const second = await scanDevice(session, { labels: { previous: first.apps } });
    expect(apkReads(connected.phone)).toBe(readsBefore);
    expect(second.labelRead).toEqual({
      roundTrips: 0,
      shells: 0,
      bytes: 0,
      read: 0,
      reused: installed.length,
    });
    expect(second.apps.map((app) => app.label)).toEqual(first.apps.map((app) => app.label));

    const wechat = connected.state.packages.get('com.tencent.mm');
    if (wechat === undefined) throw new Error('no WeChat on the profile');
    wechat.versionCode += 1;
    wechat.lastUpdateTime += 60_000;
    const third = await scanDevice(session, { labels: { previous: second.apps } });
    expect(third.labelRead).toMatchObject({ read: 1, reused: installed.length - 1 });
    expect(third.apps.find((app) => app.packageName === 'com.tencent.mm')?.label).toMatchObject({
      zh: '微信',
    });
  });

  it('spends the same label round trips on 100 and 600 apps', async () => {
    const trips: number[] = [];
    for (const profile of ['large-100', 'large-600']) {
      const connected = await connectPhone(harness.server, profile);
      harness.phones.push(connected.phone);
      const snapshot = await scanDevice(harness.service.device(connected.serial));
      expect(snapshot.labelRead?.read, profile).toBeGreaterThanOrEqual(100);
      trips.push(snapshot.labelRead?.roundTrips ?? -1);
    }
    expect(trips[0]).toBe(trips[1]);
  });

  it('reads no APK bytes with scan --no-labels', async () => {
    const connected = await connectPhone(harness.server, 'pixel-14');
    harness.phones.push(connected.phone);
    const { out, io } = recordCliIo();
    const args = ['--serial', connected.serial, '--adb-port', String(harness.server.port), '--json'];
    expect(await scanCommand.run([...args, '--no-labels'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as DeviceSnapshot;
    expect(apkReads(connected.phone)).toBe(0);
    expect(json.labelRead).toBeUndefined();
    expect(json.apps.every((app) => app.label === undefined)).toBe(true);
    // Without it the same phone's APKs are read.
    expect(await scanCommand.run(args, recordCliIo().io)).toBe(0);
    expect(apkReads(connected.phone)).toBeGreaterThan(0);
  });
});
