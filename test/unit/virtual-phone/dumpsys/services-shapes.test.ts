// device_policy, usagestats, accessibility, notification and deviceidle dumps against the
// real captures (or FORMATS.md §6 where no capture was kept), and the dumpsys dispatcher.
import { describe, expect, it } from 'vitest';
import { DUMPSYS_COMMANDS } from '../../../../main/virtual-phone/dumpsys';
import { formatDevicePolicyDump } from '../../../../main/virtual-phone/dumpsys/device-policy';
import { formatNotificationDump } from '../../../../main/virtual-phone/dumpsys/notification';
import {
  formatAccessibilityDump,
  formatDeviceIdleDump,
} from '../../../../main/virtual-phone/dumpsys/small-services';
import { formatUsageStatsDump } from '../../../../main/virtual-phone/dumpsys/usagestats';
import { missingShapes, sectionHeaders, shapesOf, sliceBlock } from '../../../support/line-shapes';
import { runCommand } from '../appops/run-command';
import { contextOf, phone, readSample } from './sample-phones';

describe('dumpsys device_policy (Sunmi Android 11 sample)', () => {
  const state = phone(30, {
    devicePolicy: {
      deviceOwner: { component: 'com.example.android.deviceowner/.DeviceOwnerReceiver', userId: 0, name: '' },
    },
    packages: [{ name: 'com.example.android.deviceowner', special: ['device-admin:.DeviceOwnerReceiver'] }],
  });
  const virtual = formatDevicePolicyDump(contextOf(state));
  const real = readSample('dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt');

  it('prints the owner and admin blocks with real line shapes', () => {
    const v = shapesOf(virtual);
    const r = shapesOf(real);
    expect(missingShapes(v, r)).toEqual([]);
    const owner = sliceBlock(real, { start: /^ {2}Device Owner: $/, end: /^ {2}Enabled Device Admins/ });
    expect(missingShapes(shapesOf(owner), v)).toEqual([]);
  });

  it('keeps the trailing space of `Device Owner: ` and the two-space lines', () => {
    expect(virtual).toContain(
      '  Device Owner: \n    admin=ComponentInfo{com.example.android.deviceowner/com.example.android.deviceowner.DeviceOwnerReceiver}\n',
    );
    expect(virtual).toContain('\n  \n');
    expect(virtual).toContain(
      '  Enabled Device Admins (User 0, provisioningState: 3):\n    com.example.android.deviceowner/.DeviceOwnerReceiver:\n',
    );
  });
});

describe('dumpsys usagestats (HyperOS Android 14 excerpt)', () => {
  const state = phone(34, {
    timeZone: 'America/Bogota',
    packages: [
      { name: 'org.telegram.messenger', lastUsed: '-49m' },
      { name: 'com.example.weekly', lastUsed: '-3d' },
      { name: 'com.example.never' },
    ],
  });
  const virtual = formatUsageStatsDump(contextOf(state));
  const real = readSample('dumpsys-usagestats_xiaomi-hyperos2_14_excerpt.txt');

  it('prints the real section lines and `package=… lastTimeUsed="…"` shapes', () => {
    const v = shapesOf(virtual);
    const r = shapesOf(real);
    expect(missingShapes(v, r).filter((shape) => !shape.includes('timeRange='))).toEqual([]);
    for (const line of [
      '  In-memory daily stats',
      '  In-memory weekly stats',
      '  In-memory monthly stats',
      '  In-memory yearly stats',
    ]) {
      expect(virtual).toContain(`${line}\n`);
    }
  });

  it('gives last-used times per package; never-used packages show local epoch 0', () => {
    expect(virtual).toContain('user=0 \n');
    expect(virtual).toMatch(
      /package=org\.telegram\.messenger totalTimeUsed="\d\d:\d\d" lastTimeUsed="2026-05-04 04:41:00"/,
    );
    expect(virtual).toMatch(
      /package=com\.example\.never totalTimeUsed="00:00" lastTimeUsed="1969-12-31 19:00:00"/,
    );
    const daily = sliceBlock(virtual, { start: /In-memory daily stats/, end: /In-memory weekly stats/ });
    expect(daily).toContain('org.telegram.messenger');
    expect(daily).not.toContain('com.example.weekly');
    expect(virtual).toMatch(/type=ACTIVITY_RESUMED package=org\.telegram\.messenger class=/);
  });
});

describe('dumpsys accessibility (emulator Android 14 sample)', () => {
  const state = phone(34, {
    packages: [
      { name: 'com.malware.accessibility', special: ['accessibility:com.malware.service.malwareservice'] },
    ],
  });
  const virtual = formatAccessibilityDump(contextOf(state));
  const real = readSample('dumpsys-accessibility_emulator_14.txt');

  it('lists the enabled services in the Android 14 form', () => {
    expect(virtual).toContain(
      '     Enabled services:{{com.malware.accessibility/com.malware.service.malwareservice}}\n',
    );
    expect(real).toContain(
      '     Enabled services:{{com.malware.accessibility/com.malware.service.malwareservice}}',
    );
    const userState = (text: string) =>
      shapesOf(
        text
          .split('\n')
          .filter((line) =>
            /^ {5}(shortcut key|button|Enabled services|Binding services|Crashed services)/.test(line),
          )
          .join('\n'),
      );
    expect(missingShapes(userState(real), userState(virtual))).toEqual([]);
  });
});

describe('dumpsys notification (FORMATS.md §6)', () => {
  it('prints allowed, enabled and live listeners', () => {
    const state = phone(34, {
      packages: [
        {
          name: 'com.mi.health',
          special: ['notification-listener:com.xiaomi.fitness.notify.NotificationListenerService'],
        },
      ],
    });
    const virtual = formatNotificationDump(contextOf(state));
    expect(virtual).toContain('  Notification listeners:\n    Allowed notification listeners:\n');
    expect(virtual).toContain(
      '      com.mi.health/com.xiaomi.fitness.notify.NotificationListenerService (user: 0 isPrimary: true)\n',
    );
    expect(virtual).toContain('(user 0):   All notification listeners (1) enabled for current profiles:\n');
    expect(virtual).toContain(
      '      ComponentInfo{com.mi.health/com.xiaomi.fitness.notify.NotificationListenerService}\n',
    );
    expect(virtual).toMatch(
      / {4}Live notification listeners \(1\):\n {6}ComponentInfo\{com\.mi\.health\/\S+\} \(user 0\): /,
    );
  });

  it('drops listeners of disabled packages from the live list', () => {
    const state = phone(34, {
      packages: [{ name: 'com.mi.health', enabled: 3, special: ['notification-listener:.Listener'] }],
    });
    expect(formatNotificationDump(contextOf(state))).toContain('    Live notification listeners (0):\n');
  });
});

describe('dumpsys deviceidle', () => {
  it('`whitelist` prints `user,<pkg>,<appId>` for battery-optimisation exemptions', () => {
    const state = phone(34, {
      packages: [{ name: 'com.tencent.mm', appId: 10217, special: ['battery-exempt'] }],
    });
    expect(formatDeviceIdleDump(contextOf(state), ['whitelist'])).toBe('user,com.tencent.mm,10217\n');
    expect(formatDeviceIdleDump(contextOf(state), [])).toContain(
      '  Whitelist user apps:\n    com.tencent.mm\n',
    );
  });
});

describe('the dumpsys command', () => {
  it('dispatches to the service and reports unknown services like cmds/dumpsys', async () => {
    const state = phone(34, { packages: [{ name: 'com.example.a' }] });
    const found = await runCommand(DUMPSYS_COMMANDS, {
      state,
      argv: ['dumpsys', 'package', 'com.example.a'],
    });
    expect(found.code).toBe(0);
    expect(sectionHeaders(found.stdout)).toContain('Packages:');
    const missing = await runCommand(DUMPSYS_COMMANDS, { state, argv: ['dumpsys', 'nosuch'] });
    expect(missing.stderr).toBe("Can't find service: nosuch\n");
    const appops = await runCommand(DUMPSYS_COMMANDS, { state, argv: ['dumpsys', 'appops'] });
    expect(appops.stdout.startsWith('Current AppOps Service state:\n')).toBe(true);
  });
});
