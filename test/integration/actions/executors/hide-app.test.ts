// hide-app on virtual phones: the ladder falls through the shell's MANAGE_USERS refusal of
// `pm hide` to `pm suspend` (Android 14), to `pm disable-user` where the shell cannot suspend
// (Android 7.1), to `pm uninstall -k` where disabling a system app is refused (HyperOS) — and
// `pm hide` is used as root. Undo restores the exact snapshot; data is never deleted;
// protected packages are skipped unless the expert override is given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionKind, SkipReason } from '../../../../main/actions/action-types';
import { EXECUTORS, HideMethod, type HideContext } from '../../../../main/actions/executors';
import { isProtectedPackage } from '../../../../main/actions/protected-packages';
import { appOf, createExecutorBench, runCycle, step, type ExecutorBench } from './executor-support';

let bench: ExecutorBench;
beforeAll(async () => {
  bench = await createExecutorBench();
});
afterAll(async () => bench.teardown());

const hide = (packageName: string) => step(ActionKind.HideApp, { packageName, userId: 0 });

describe('hide-app', () => {
  it('falls through the MANAGE_USERS refusal of pm hide to suspend on a shell-only Android 14', async () => {
    const { context } = await bench.phone('pixel-14');
    const result = await runCycle(context, hide('com.spotify.music'));
    expect(result.skip).toBeUndefined();
    expect(result.verification).toMatchObject({ ok: true, observed: { method: HideMethod.Suspend } });
    expect(appOf(result.afterApply, 'com.spotify.music')).toMatchObject({ suspended: true, hidden: false });
    expect(result.leftOver).toEqual([]);
  });

  it('uses disable-user on Android 7.1, where the shell cannot suspend', async () => {
    const { context } = await bench.phone('legacy-7');
    const result = await runCycle(context, hide('com.taobao.taobao'));
    expect(result.verification).toMatchObject({ ok: true, observed: { method: HideMethod.DisableUser } });
    expect(appOf(result.afterApply, 'com.taobao.taobao')?.enabled).toBe('disabled-user');
    expect(result.leftOver).toEqual([]);
  });

  it('uses pm hide when the phone runs adb as root', async () => {
    const { context } = await bench.phone('pixel-14', { runAs: 'root' });
    const result = await runCycle(context, hide('com.netflix.mediaclient'));
    expect(result.verification).toMatchObject({ ok: true, observed: { method: HideMethod.Hide } });
    expect(result.leftOver).toEqual([]);
  });

  it('ends with uninstall -k (data kept) when suspend has no effect and disabling is refused', async () => {
    const { context, launched } = await bench.phone('miui-strict');
    const target = [...launched.state.packages.values()].find(
      (pkg) =>
        pkg.system &&
        pkg.users[0]?.installed === true &&
        !isProtectedPackage(pkg.name) &&
        pkg.name.includes('miui'),
    );
    if (target === undefined) throw new Error('no system package to hide');
    // A system dialer: SuspendPackageHelper leaves it unsuspended without an error.
    target.components.handles = ['dialer'];
    const result = await runCycle(context, hide(target.name));
    expect(result.verification).toMatchObject({
      ok: true,
      observed: { method: HideMethod.UninstallKeepData },
    });
    expect(appOf(result.afterApply, target.name)?.installed).toBe(false);
    expect(result.leftOver).toEqual([]);
  });

  it('skips protected packages and the input method in use unless the expert override is given', async () => {
    const { context } = await bench.phone('cn-flagship-14');
    const executor = EXECUTORS[ActionKind.HideApp];
    expect(await executor.check(context, hide('com.android.systemui'))).toBe(SkipReason.ProtectedPackage);
    expect(await executor.check(context, hide('com.sohu.inputmethod.sogou'))).toBe(
      SkipReason.ProtectedPackage,
    );
    const expert: HideContext = { ...context, expertOverride: true };
    expect(await executor.check(expert, hide('com.sohu.inputmethod.sogou'))).toBeUndefined();
    expect(await executor.check(context, hide('com.not.installed'))).toBe(SkipReason.NotInstalled);
  });
});
