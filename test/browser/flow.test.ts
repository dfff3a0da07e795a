// The whole flow of issue 7, in English and in 简体中文, against the real bridge and a virtual
// phone: open the demo phone → overview → filter apps → app detail → pick a revoke and a
// stand-in → review the plan → apply with progress → the phone really changed (read with adb,
// independently of the app) → undo from History → the phone is restored. Also: the phone is
// unplugged during an apply, History shows the interrupted batch, and Resume completes it.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceRef, JournalBatch, Language } from '../../preload/contract';
import type { BridgeProcess } from './support/bridge-process';
import type { PhoneState } from './support/flow-page';
import { FlowPage, UI_TIMEOUT, readPhoneState } from './support/flow-page';
import type { FlowSession } from './support/flow-session';
import { startFlowSession, stopFlowSession } from './support/flow-session';

const PROFILE = 'cn-flagship-14';
const PKG = 'com.autonavi.minimap';
const text = FlowPage.text;

describe.each<Language>(['en', 'zh-CN'])('whole flow through the browser bridge (%s)', (language) => {
  let bridge: BridgeProcess;
  let session: FlowSession | undefined;
  let app: FlowPage;
  let device: DeviceRef & { server: string };

  /** Reads the phone with the adb CLI on the bridge's private server — not through the app. */
  const readPhone = (packageName = PKG): Promise<PhoneState> =>
    readPhoneState({ adb: bridge.adbServer.adb, serial: device.serial, packageName });

  const l: FlowPage['l'] = (key, ...params) => app.l(key, ...params);
  const latestApply = async (): Promise<JournalBatch | undefined> =>
    (await bridge.call('journal:list', { device }))
      .filter((batch) => batch.kind === 'apply')
      .toSorted((a, b) => b.createdAt.localeCompare(a.createdAt))[0];

  beforeAll(async () => {
    session = await startFlowSession(language);
    ({ bridge, app } = session);
  });

  afterAll(() => stopFlowSession(session));

  it('opens the demo phone, picks two changes, applies them, and undoes them from History', async () => {
    // Devices → open the demo phone → select it (goes to the overview, which scans it).
    await app.navigate('nav.devices');
    await app.select(l('devices.demo.profile')).selectOption(PROFILE);
    await app.mainButton(l('devices.demo.open')).click();
    await expect
      .poll(
        async () => (await bridge.call('devices:list')).some((entry) => entry.demoProfile === PROFILE),
        UI_TIMEOUT,
      )
      .toBe(true);
    const phone = (await bridge.call('devices:list')).find((entry) => entry.demoProfile === PROFILE);
    device = { serial: phone?.serial ?? '', server: phone?.server ?? '' };
    const open = app.main
      .getByRole('row')
      .filter({ hasText: device.serial })
      .getByRole('button', { name: app.pattern('devices.select') });
    await open.first().waitFor(UI_TIMEOUT);
    await app.screenshot('flow-devices');
    await open.first().click();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('overview.title'));
    await app.screenshot('flow-overview');
    await expect
      .poll(() => bridge.call('scans:list', { device }).then((list) => list.length), UI_TIMEOUT)
      .toBe(1);
    const before = await readPhone();
    expect(before).toEqual({ cameraGranted: true, contactsOp: 'allow' });

    // Apps → filter to one app → its detail page.
    await app.navigate('nav.apps');
    await app.main.getByRole('searchbox', { name: l('apps.search') }).fill(PKG);
    const grid = app.main.getByRole('grid', { name: l('apps.grid') });
    await expect.poll(() => grid.getByRole('row').count(), UI_TIMEOUT).toBe(2); // header + the app
    await grid.getByRole('row').nth(1).getByRole('link').click();
    await expect.poll(() => new URL(app.page.url()).hash, UI_TIMEOUT).toBe(`#/apps/${PKG}`);
    await app.mainButton(l('appDetail.revoke', { permission: 'CAMERA' })).waitFor(UI_TIMEOUT);
    await app.screenshot('flow-app-detail');

    // Pick: revoke CAMERA (excess grant), stand-in for READ_CONTACTS (excess grant).
    await app.mainButton(l('appDetail.revoke', { permission: 'CAMERA' })).click();
    await app.mainButton(l('appDetail.standIn', { permission: 'READ_CONTACTS' })).click();
    await app.link(l('apps.selection.review')).click();

    // Plan review: both steps, their commands, confirmation.
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('plan.title'));
    // Steps name the app as the phone labels it (the APK's label in the UI language).
    const name = language === 'zh-CN' ? '高德地图' : 'Amap';
    const revoke = l('action.revoke-permission', { app: name, permission: 'CAMERA' });
    const standIn = l('action.stand-in', { app: name, permission: 'READ_CONTACTS' });
    const steps = app.main.getByRole('article');
    await expect.poll(() => steps.count(), UI_TIMEOUT).toBe(2);
    expect(await text(steps.nth(0).getByRole('heading'))).toBe(l('plan.step', { id: '1', what: revoke }));
    expect(await text(steps.nth(1).getByRole('heading'))).toBe(l('plan.step', { id: '2', what: standIn }));
    expect(await text(steps.nth(0).getByRole('code'))).toContain(
      `pm revoke --user 0 ${PKG} android.permission.CAMERA`,
    );
    await app.screenshot('plan-review');
    const apply = app.mainButton(l('plan.apply'));
    expect(await apply.isDisabled()).toBe(true);
    await app.main
      .getByRole('checkbox', { name: l('plan.confirm', { count: 2, device: device.serial }) })
      .check();

    // Apply: one progress bar per step, then the results per step.
    await apply.click();
    await expect.poll(() => text(app.main.getByRole('status').first()), UI_TIMEOUT).toBe(l('plan.done'));
    expect(await text(app.resultRow(revoke).getByRole('cell'))).toBe(l('change.status.verified'));
    expect(await text(app.resultRow(standIn).getByRole('cell'))).toBe(l('change.status.verified'));
    await app.screenshot('plan-results');
    expect(await readPhone()).toEqual({ cameraGranted: false, contactsOp: 'ignore' });

    // History: undo the whole batch; the phone is as before.
    await app.link(l('plan.viewHistory')).click();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('history.title'));
    await app.mainButton(l('history.undoBatch')).first().waitFor(UI_TIMEOUT);
    await app.screenshot('history');
    await app.mainButton(l('history.undoBatch')).first().click();
    await expect.poll(() => text(app.main.getByRole('status').first()), UI_TIMEOUT).toBe(l('history.undone'));
    expect(await readPhone()).toEqual(before);
    const journal = await bridge.call('journal:list', { device });
    expect(journal.map((batch) => batch.kind).sort()).toEqual(['apply', 'undo']);
  });

  it('shows an apply interrupted by unplugging the phone, and Resume completes it after reconnecting', async () => {
    // Many changes, so the apply is still running when the phone goes away: unplug it as soon
    // as the first step is done.
    await app.applyBulkRevoke('com.baidu', device.serial);
    await app.firstStepDone();
    const unplugged = await bridge.adbServer.adb(['disconnect', device.serial]);
    expect(unplugged.exitCode).toBe(0);
    await expect.poll(() => app.mainButton(l('change.cancel')).count(), UI_TIMEOUT).toBe(0);
    await app.screenshot('plan-interrupted');

    // History shows the interrupted batch; reconnect and resume.
    await app.navigate('nav.history');
    const banner = app.interruptedBanner;
    await banner.waitFor(UI_TIMEOUT);
    await app.screenshot('history-interrupted');
    await bridge.call('devices:connect', { target: device.serial });
    await banner.getByRole('button', { name: l('history.resume'), exact: true }).click();
    await expect
      .poll(() => text(app.main.getByRole('status').first()), UI_TIMEOUT)
      .toBe(l('history.resumed'));
    await expect.poll(() => banner.count(), UI_TIMEOUT).toBe(0);
    const latest = await latestApply();
    expect(latest?.state).toBe('completed');
    expect(latest?.steps.every((step) => step.status !== 'pending' && step.status !== 'running')).toBe(true);
    // Every step of the batch ran; the map app's CAMERA grant (its first step) is revoked on the phone.
    expect((await readPhone('com.baidu.BaiduMap')).cameraGranted).toBe(false);
  });

  it('cancels a running apply, then rolls the interrupted batch back from History', async () => {
    await app.applyBulkRevoke('com.tencent', device.serial);
    await app.firstStepDone();
    await app.mainButton(l('change.cancel')).click();
    await expect.poll(() => app.mainButton(l('change.cancel')).count(), UI_TIMEOUT).toBe(0);
    const cancelled = await latestApply();
    expect(cancelled?.state).toBe('interrupted');
    const first = cancelled?.steps[0];
    expect(first?.status).toBe('verified');

    await app.navigate('nav.history');
    const banner = app.interruptedBanner;
    await banner.waitFor(UI_TIMEOUT);
    await banner.getByRole('button', { name: l('history.rollBack'), exact: true }).click();
    await expect
      .poll(() => text(app.main.getByRole('status').first()), UI_TIMEOUT)
      .toBe(l('history.rolledBack'));
    const after = (await bridge.call('journal:list', { device })).find((batch) => batch.id === cancelled?.id);
    expect(after?.state).toBe('rolled-back');
    // The step that had run is undone on the phone: the permission is granted again.
    const dump = await bridge.adbServer.adb([
      '-s',
      device.serial,
      'shell',
      'dumpsys',
      'package',
      first?.target.packageName ?? '',
    ]);
    expect(dump.stdout).toContain(`${first?.target.permission}: granted=true`);
  });

  it('shows the rules and the settings in the chosen language', async () => {
    await app.navigate('nav.rules');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('rules.title'));
    const picker = app.select(l('rules.category'));
    await picker.waitFor(UI_TIMEOUT);
    expect(await picker.getByRole('option').count()).toBeGreaterThanOrEqual(40);
    const first = app.main.getByRole('article').getByRole('heading', { level: 2 });
    await expect
      .poll(() => text(first), UI_TIMEOUT)
      .toBe(language === 'en' ? '1. Map navigation' : '1. 地图导航类');
    await app.screenshot('rules');

    // Change a decision, export the overrides, reset it, import them back.
    const camera = app.select(l('rules.decision', { key: 'CAMERA' }));
    await camera.selectOption('necessary');
    const reset = app.mainButton(l('rules.reset', { key: 'CAMERA' }));
    await reset.waitFor(UI_TIMEOUT);
    const decision = async (): Promise<string | undefined> =>
      (await bridge.call('rules:get')).categories.find((c) => c.id === 'map_navigation')?.decisions['CAMERA']
        ?.decision ?? 'not-necessary'; // an absent key reads as not necessary
    expect(await decision()).toBe('necessary');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.mainButton(l('rules.export')).click(),
    ]);
    const exported = await download.path().then((path) => readFile(path, 'utf8'));
    await reset.click();
    await expect.poll(() => camera.inputValue(), UI_TIMEOUT).toBe('not-necessary');
    expect(await decision()).toBe('not-necessary');
    await app.main
      .getByLabel(l('rules.import'))
      .setInputFiles({ name: 'overrides.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => text(app.main.getByRole('status')), UI_TIMEOUT).toBe(l('rules.imported'));
    await expect.poll(() => camera.inputValue(), UI_TIMEOUT).toBe('necessary');
    await app.mainButton(l('rules.reset', { key: 'CAMERA' })).click();
    await expect.poll(decision, UI_TIMEOUT).toBe('not-necessary');

    await app.navigate('nav.settings');
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('settings.title'));
    const days = app.main.getByRole('spinbutton', { name: l('settings.unusedDays') });
    await days.waitFor(UI_TIMEOUT);
    await days.fill('0');
    await app.mainButton(l('settings.save')).click();
    await expect
      .poll(() => text(app.main.getByRole('alert')), UI_TIMEOUT)
      .toBe(l('settings.invalid.unusedDays'));
    await app.screenshot('settings');
    await days.fill('45');
    await app.mainButton(l('settings.save')).click();
    await expect.poll(() => text(app.main.getByRole('status')), UI_TIMEOUT).toBe(l('settings.saved'));
    expect((await bridge.call('settings:get')).unusedDays).toBe(45);
  });
});
