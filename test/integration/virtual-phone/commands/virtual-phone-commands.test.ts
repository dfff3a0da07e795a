// A virtual phone launched from a profile, driven through the real adb server and CLI: pm list,
// a revoke followed by reads that show it, exit codes and stderr over shell v2, and the
// `privacyscope virtual-phone --connect` command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhoneState } from '../../../../main/virtual-phone/android/phone-state';
import { virtualPhoneCommand } from '../../../../main/cli/virtual-phone-command';
import { launchVirtualPhone } from '../../../../main/virtual-phone/launch-virtual-phone';
import type { VirtualPhone } from '../../../../main/virtual-phone/virtual-phone';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../../support/private-adb-server';
import { connectPhone, listedState, waitForState } from '../transport/adb-harness';

const PROFILE = 'large-40';

let adb: PrivateAdbServer;
let phone: VirtualPhone;
let state: PhoneState;

const shell = (command: string) => adb.adb(['-s', phone.serial, 'shell', command]);

/** A third-party app holding a runtime grant the shell may revoke (no fixed flags). */
const revocable = (): { pkg: string; permission: string } => {
  for (const pkg of state.packages.values()) {
    if (pkg.system || pkg.targetSdk < 23) continue;
    const grant = pkg.users[0]?.runtimePermissions.find(
      (entry) => entry.granted && !entry.flags.some((flag) => flag.endsWith('_FIXED')),
    );
    if (grant) return { pkg: pkg.name, permission: grant.name };
  }
  throw new Error(`${PROFILE} has no revocable runtime grant`);
};

beforeAll(async () => {
  [adb, { phone, state }] = await Promise.all([
    startPrivateAdbServer(),
    launchVirtualPhone({ profile: PROFILE }),
  ]);
  await connectPhone(adb, phone.serial);
});

afterAll(async () => {
  await adb?.adb(['disconnect']);
  await phone?.close();
  await adb?.stop();
});

describe('virtual phone from a profile through the real adb', () => {
  it('lists packages like a phone', async () => {
    const result = await shell('pm list packages');
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(state.packages.size);
    expect(lines.every((line) => /^package:[\w.]+$/.test(line))).toBe(true);
    expect((await shell('pm list packages -3 | wc -l')).stdout.trim()).toBe(
      String([...state.packages.values()].filter((pkg) => !pkg.system).length),
    );
  });

  it('revokes a permission and the following reads show it', async () => {
    const { pkg, permission } = revocable();
    const flagsBefore = [
      ...(state.packages
        .get(pkg)
        ?.users[0]?.runtimePermissions.find((candidate) => candidate.name === permission)?.flags ?? []),
    ];
    const revoke = await shell(`pm revoke ${pkg} ${permission}; echo status=$?`);
    expect(revoke).toMatchObject({ exitCode: 0, stdout: 'status=0\n' });
    const entry = state.packages
      .get(pkg)
      ?.users[0]?.runtimePermissions.find((candidate) => candidate.name === permission);
    expect(entry?.granted).toBe(false);
    // A shell revoke changes the grant only; it does not add USER_SET (that is the Settings UI).
    expect(entry?.flags).toEqual(flagsBefore);
    const dump = await shell(`dumpsys package ${pkg}`);
    expect(dump.stdout).toMatch(new RegExp(`${permission.replaceAll('.', '\\.')}: granted=false`));
    await shell(`pm grant ${pkg} ${permission}`);
    expect(entry?.granted).toBe(true);
  });

  it('carries exit codes and stderr over shell v2', async () => {
    const unknown = await shell('nosuchcommand');
    expect(unknown).toMatchObject({
      exitCode: 127,
      stdout: '',
      stderr: '/system/bin/sh: nosuchcommand: inaccessible or not found\n',
    });
    const hide = await shell(`pm hide ${revocable().pkg}`);
    expect(hide.exitCode).toBe(255);
    expect(hide.stderr).toContain("Exception occurred while executing 'hide':");
    expect((await shell('getprop ro.product.model')).stdout).toBe(`${state.props['ro.product.model']}\n`);
  });

  it('pulls an APK from its pm path', async () => {
    const pkg = revocable().pkg;
    const path = (await shell(`pm path ${pkg}`)).stdout.trim().replace(/^package:/, '');
    const counted = await adb.adb(['-s', phone.serial, 'exec-out', `cat ${path} | wc -c`]);
    expect(counted.stdout).toBe(`${String(state.packages.get(pkg)?.apkSizeBytes)}\n`);
  });
});

describe('privacyscope virtual-phone --connect', () => {
  it('prints the serial, connects the adb server and stops on SIGINT', async () => {
    const controller = new AbortController();
    const out: string[] = [];
    const err: string[] = [];
    let printed: (serial: string) => void = () => undefined;
    const serialPrinted = new Promise<string>((resolve) => (printed = resolve));
    const running = virtualPhoneCommand.run(
      ['--profile', 'large-5', '--connect', '--adb-port', String(adb.port)],
      {
        out: (line) => {
          out.push(line);
          printed(line);
        },
        err: (line) => err.push(line),
        signal: controller.signal,
      },
    );
    const serial = await serialPrinted;
    expect(serial).toMatch(/^127\.0\.0\.1:\d+$/);
    await waitForState(adb, { serial, state: 'device' });
    expect((await adb.adb(['-s', serial, 'shell', 'pm list packages | wc -l'])).stdout.trim()).toBe('5');
    controller.abort();
    expect(await running).toBe(0);
    expect(err.join('\n')).toContain(`is connected to ${serial}`);
    await adb.adb(['disconnect', serial]);
    await waitForState(adb, { serial, state: 'absent' });
    expect(await listedState(adb, serial)).toBe('absent');
  });
});
