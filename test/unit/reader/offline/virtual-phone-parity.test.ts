// The parsers read what the virtual phone prints (the same shapes as the real captures), and a
// folder / bugreport made of those outputs gives the same parse as the live text.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PhoneState } from '../../../../main/virtual-phone/android/phone-state';
import { loadProfile } from '../../../../main/virtual-phone/profiles/load-profile';
import { createAndroidShell } from '../../../../main/virtual-phone/shell/android-shell';
import { readBugreport } from '../../../../main/reader/offline/bugreport';
import { readCapturedFolder } from '../../../../main/reader/offline/captured-folder';
import {
  CaptureName,
  captureFileName,
  type CapturedOutputs,
} from '../../../../main/reader/offline/captured-outputs';
import { parseAccessibility } from '../../../../main/reader/parsers/dumpsys-accessibility';
import { parseDevicePolicy } from '../../../../main/reader/parsers/dumpsys-device-policy';
import {
  notificationListenersForUser,
  parseNotificationListeners,
} from '../../../../main/reader/parsers/dumpsys-notification';
import { parseDeviceIdleWhitelist } from '../../../../main/reader/parsers/deviceidle-whitelist';
import { deviceInfoFromProps, parseGetprop } from '../../../../main/reader/parsers/getprop';
import { parsePmListUsers } from '../../../../main/reader/parsers/pm-list-users';
import { parseShellError } from '../../../../main/reader/parsers/shell-error';
import {
  enabledAccessibilityServices,
  enabledNotificationListeners,
  expandComponent,
  parseSettingsList,
} from '../../../../main/reader/parsers/settings';
import { makeBugreportText } from './make-bugreport';

const NOW = Date.UTC(2026, 4, 4, 10, 30, 0);

const run = async (state: PhoneState, command: string): Promise<string> => {
  const shell = createAndroidShell({ state });
  let out = '';
  const write = (chunk: Uint8Array | string) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  };
  await shell.execute(command, {
    stdout: write,
    stderr: write,
    signal: new AbortController().signal,
    pty: false,
  });
  return out;
};

const COMMANDS: Partial<Record<CaptureName, string>> = {
  [CaptureName.Getprop]: 'getprop',
  [CaptureName.PmListUsers]: 'pm list users',
  [CaptureName.SettingsSecure]: 'settings list secure',
  [CaptureName.SettingsGlobal]: 'settings list global',
  [CaptureName.DumpsysDevicePolicy]: 'dumpsys device_policy',
  [CaptureName.DumpsysNotification]: 'dumpsys notification',
  [CaptureName.DumpsysAccessibility]: 'dumpsys accessibility',
  [CaptureName.DeviceidleWhitelist]: 'cmd deviceidle whitelist',
};

const capture = async (state: PhoneState): Promise<Partial<Record<CaptureName, string>>> => {
  const outputs: Partial<Record<CaptureName, string>> = {};
  for (const [name, command] of Object.entries(COMMANDS) as [CaptureName, string][])
    outputs[name] = await run(state, command);
  return outputs;
};

/** Everything the small parsers extract for user 0. */
const summary = (outputs: CapturedOutputs['outputs']) => {
  const secure = parseSettingsList(outputs['settings-secure'] ?? '').value;
  const policy = parseDevicePolicy(outputs['dumpsys-device_policy'] ?? '').value;
  return {
    device: deviceInfoFromProps(parseGetprop(outputs.getprop ?? '').value),
    users: parsePmListUsers(outputs['pm-list-users'] ?? '').value.map((user) => [user.id, user.running]),
    accessibilitySetting: enabledAccessibilityServices(secure).value.map(expandComponent),
    accessibilityDump: (
      parseAccessibility(outputs['dumpsys-accessibility'] ?? '').value.find((user) => user.userId === 0)
        ?.enabled ?? []
    ).map(expandComponent),
    listenersSetting: enabledNotificationListeners(secure).value.map(expandComponent),
    listenersDump: notificationListenersForUser(
      parseNotificationListeners(outputs['dumpsys-notification'] ?? '').value,
      0,
    ).map(expandComponent),
    admins: policy.activeAdmins.find((entry) => entry.userId === 0)?.components.map(expandComponent) ?? [],
    deviceOwner: policy.deviceOwner?.packageName,
    batteryExempt: [...parseDeviceIdleWhitelist(outputs['deviceidle-whitelist'] ?? '').value.user].sort(),
  };
};

describe('parsers on the virtual phone profiles', () => {
  for (const profile of ['cn-flagship-14', 'legacy-7', 'pixel-14']) {
    it(`${profile}: live output parses to the phone's state, folder and bugreport agree`, async () => {
      const state = await loadProfile(profile, { now: NOW });
      const outputs = await capture(state);
      const live = summary(outputs);

      expect(live.device.sdk).toBe(Number(state.props['ro.build.version.sdk']));
      expect(live.device.model).toBe(state.props['ro.product.model']);
      expect(live.users).toEqual(state.users.map((user) => [user.id, user.running]));
      const secure = state.settings.secure.get(0);
      const components = (key: string) =>
        (secure?.get(key) ?? '')
          .split(':')
          .filter((entry) => entry.includes('/'))
          .map(expandComponent);
      expect(live.accessibilitySetting).toEqual(components('enabled_accessibility_services'));
      expect(live.accessibilityDump).toEqual(live.accessibilitySetting);
      expect(live.listenersSetting).toEqual(components('enabled_notification_listeners'));
      expect(live.listenersDump).toEqual(live.listenersSetting);
      expect(live.admins).toEqual(
        state.devicePolicy.activeAdmins
          .filter((admin) => admin.userId === 0)
          .map((admin) => expandComponent(admin.component)),
      );
      expect(live.deviceOwner).toBe(state.devicePolicy.deviceOwner?.component.split('/')[0]);
      expect(live.batteryExempt).toEqual([...state.deviceIdleWhitelist].sort());

      const dir = await mkdtemp(join(tmpdir(), `privacyscope-${profile}-`));
      try {
        for (const [name, text] of Object.entries(outputs))
          await writeFile(join(dir, captureFileName(name as CaptureName)), text);
        const folder = await readCapturedFolder(dir);
        expect(folder.missing).toEqual(['dumpsys-package', 'dumpsys-appops', 'dumpsys-usagestats']);
        expect(summary(folder.outputs)).toEqual(live);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }

      const bugreport = await readBugreport(
        Buffer.from(
          makeBugreportText({
            getprop: outputs.getprop ?? '',
            services: {
              device_policy: outputs['dumpsys-device_policy'] ?? '',
              notification: outputs['dumpsys-notification'] ?? '',
              accessibility: outputs['dumpsys-accessibility'] ?? '',
            },
          }),
        ),
      );
      const fromBugreport = summary({
        ...bugreport.outputs,
        'settings-secure': outputs['settings-secure'] ?? '',
      });
      expect(fromBugreport.device).toEqual(live.device);
      expect(fromBugreport.accessibilityDump).toEqual(live.accessibilityDump);
      expect(fromBugreport.listenersDump).toEqual(live.listenersDump);
      expect(fromBugreport.admins).toEqual(live.admins);
    });
  }

  it('cn-flagship-14 has the special access the checks above rely on', async () => {
    const live = summary(await capture(await loadProfile('cn-flagship-14', { now: NOW })));
    expect(live.accessibilityDump).toContain(
      'com.qihoo360.mobilesafe/com.qihoo360.mobilesafe.accessibility.AccessibilityService',
    );
    expect(live.listenersDump).toContain(
      'com.tencent.qqpimsecure/com.tencent.qqpimsecure.service.NotificationListener',
    );
    expect(live.admins.length).toBeGreaterThan(0);
    expect(live.users.map(([id]) => id)).toContain(999);
  });

  it('reads the errors the virtual phone prints for refused shell commands', async () => {
    const state = await loadProfile('cn-flagship-14', { now: NOW });
    const error = parseShellError(await run(state, 'pm hide com.tencent.mm'));
    expect(error).toMatchObject({
      envelope: 'exception',
      verb: 'hide',
      exception: 'java.lang.SecurityException',
    });
    expect(error?.message).toContain('MANAGE_USERS');
  });
});
