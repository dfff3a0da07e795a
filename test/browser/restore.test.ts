// History's restore and per-step undo, in English and in 简体中文, against the real bridge and a
// virtual phone: open the demo phone (scan A) → revoke the excess grants of two groups of apps
// (two batches) → undo the second batch from History with one progress row per step → scan
// again → "Restore this scan" on scan A → the plan review lists the steps → apply → a fresh scan
// read through the API equals scan A → restoring scan A again has nothing left to do → an
// "undo everything" cancelled after its first step keeps one row per step, done or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditedScan, DeviceRef, JournalBatch, Language } from '../../preload/contract';
import { createTranslator } from '../../renderer/src/i18n/translate';
import { isUndoableStep } from '../../renderer/src/views/history/history-model';
import { displayName } from '../../renderer/src/views/apps/display-name';
import { describeAction } from '../../renderer/src/views/plan/step-labels';
import type { BridgeProcess } from './support/bridge-process';
import { openDemoPhone } from './support/demo-phone';
import { FlowPage, UI_TIMEOUT } from './support/flow-page';
import type { FlowSession } from './support/flow-session';
import { startFlowSession, stopFlowSession } from './support/flow-session';

const PROFILE = 'cn-flagship-14';
const text = FlowPage.text;

/** Each app's runtime grants (with flags) and package app-op modes: what a restore brings back. */
const phoneState = (scan: AuditedScan): Record<string, unknown> =>
  Object.fromEntries(
    scan.apps.map((app) => [
      app.packageName,
      {
        grants: Object.fromEntries(
          app.permissions.map((p) => [p.name, { granted: p.granted, flags: [...p.flags].sort() }]),
        ),
        ops: Object.fromEntries(app.appOps.filter((op) => op.uidMode !== true).map((op) => [op.op, op.mode])),
      },
    ]),
  );

describe.each<Language>(['en', 'zh-CN'])('restore a scan and undo step by step (%s)', (language) => {
  const t = createTranslator(language);
  let bridge: BridgeProcess;
  let session: FlowSession | undefined;
  let app: FlowPage;
  let device: DeviceRef & { server: string };
  let scanA: AuditedScan;
  /** Steps name apps as the UI does: the scan's display name in the UI language. */
  const nameOf = (packageName: string): string => {
    const app = scanA.apps.find((entry) => entry.packageName === packageName);
    return app === undefined ? packageName : displayName(app, language);
  };

  const l: FlowPage['l'] = (key, ...params) => app.l(key, ...params);
  const status = () => text(app.main.getByRole('status').first());
  const applyBatches = async (): Promise<JournalBatch[]> =>
    (await bridge.call('journal:list', { device }))
      .filter((batch) => batch.kind === 'apply')
      .toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
  const scanCount = () => bridge.call('scans:list', { device }).then((list) => list.length);

  beforeAll(async () => {
    session = await startFlowSession(language);
    ({ bridge, app } = session);
  });

  afterAll(() => stopFlowSession(session));

  it('changes the demo phone in two batches', async () => {
    device = await openDemoPhone({ app, bridge, profile: PROFILE });
    const latest = await bridge.call('scan:latest', { device });
    if (latest === null) throw new Error('the overview stored no scan');
    scanA = latest;
    for (const search of ['com.tencent', 'com.baidu']) {
      await app.applyBulkRevoke(search, device.serial);
      await expect.poll(status, UI_TIMEOUT).toBe(l('plan.done'));
    }
    const batches = await applyBatches();
    expect(batches).toHaveLength(2);
    expect(batches.every((batch) => batch.steps.filter(isUndoableStep).length > 5)).toBe(true);
  }, 120_000); // two bulk applies of over a hundred steps on a shared machine

  it('undoes a batch from History with one progress row per step', async () => {
    const [newest] = await applyBatches();
    const undone = (newest?.steps ?? []).filter(isUndoableStep).toSorted((a, b) => b.rowId - a.rowId);
    const labels = undone.map((step) =>
      l('history.undoOf', { what: describeAction(step.kind, step.target, t, nameOf) }),
    );
    await app.navigate('nav.history');
    const undo = app.mainButton(l('history.undoBatch')).first(); // newest batch first
    await undo.waitFor(UI_TIMEOUT);
    await undo.click();

    // While it runs: the steps are known up front, each with its own bar, and Cancel is offered.
    const running = app.main.getByRole('region', { name: l('history.undoing'), exact: true });
    const cancel = running.getByRole('button', { name: l('change.cancel'), exact: true });
    const shown = async () =>
      `${await running.getByRole('listitem').count()} rows, ${await cancel.count()} cancel`;
    await expect.poll(shown, { timeout: 20_000, interval: 10 }).toBe(`${labels.length} rows, 1 cancel`);
    // Main reports each step as it runs: a first bar fills while the undo is still running.
    const fullBars = async (): Promise<number> =>
      (
        await running
          .getByRole('progressbar')
          .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('value')))
      )
        .slice(1)
        .filter((value) => value === '1').length;
    await expect.poll(fullBars, { timeout: 20_000, interval: 10 }).toBeGreaterThan(0);

    // When done: the same rows stay, one per step in the order they ran, each verified.
    await expect.poll(status, UI_TIMEOUT).toBe(l('history.undone'));
    const finished = app.main.getByRole('region', { name: l('history.lastRun'), exact: true });
    const rows = finished.getByRole('listitem');
    expect(await rows.count()).toBe(labels.length);
    for (const [index, label] of labels.entries()) {
      const row = rows.nth(index);
      expect(await text(row)).toContain(label);
      expect(await text(row)).toContain(l('change.status.verified'));
      expect(await app.stepBar(label).getAttribute('value')).toBe('1');
    }
    await finished.scrollIntoViewIfNeeded();
    await app.screenshot('history-undo-steps', { fullPage: false });
    const journal = await bridge.call('journal:list', { device });
    const undoBatch = journal.find((batch) => batch.kind === 'undo');
    console.log(
      'undo took',
      Date.parse(undoBatch?.updatedAt ?? '') - Date.parse(undoBatch?.createdAt ?? ''),
      'ms for',
      labels.length,
    );
    expect(undoBatch?.steps.map((step) => step.undoOf)).toEqual(undone.map((step) => step.rowId));
  });

  it('restores the first scan from History through the plan review', async () => {
    await app.navigate('nav.overview');
    await app.mainButton(l('overview.rescan')).click();
    await expect.poll(scanCount, UI_TIMEOUT).toBe(2);

    await app.navigate('nav.history');
    const scans = app.main.getByRole('table', { name: l('history.scanList'), exact: true });
    await expect.poll(() => scans.getByRole('row').count(), UI_TIMEOUT).toBe(3); // header + 2 scans
    // Newest first: scan A is the last row.
    await scans
      .getByRole('row')
      .last()
      .getByRole('button', { name: app.pattern('history.restoreScanLabel') })
      .click();

    // The plan view reads the phone first (a third scan), then lists the restore steps.
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('plan.title'));
    const steps = app.main.getByRole('article');
    await expect.poll(() => steps.count(), UI_TIMEOUT).toBeGreaterThan(5);
    expect(await scanCount()).toBe(3);
    const expected = await bridge.call('plan:restore', { device, scanId: scanA.scanId });
    expect(await steps.count()).toBe(expected.steps.length);
    for (const [index, step] of expected.steps.entries()) {
      const what = describeAction(step.kind, step.target, t, nameOf);
      expect(await text(steps.nth(index).getByRole('heading'))).toBe(l('plan.step', { id: step.id, what }));
    }
    // Only the tencent batch is still on the phone: each of its revokes is given back.
    const [tencent] = (await applyBatches()).toReversed();
    const headings = await steps.getByRole('heading').allInnerTexts();
    for (const step of (tencent?.steps ?? []).filter((entry) => entry.status === 'verified')) {
      const back = describeAction('restore-grant', { ...step.target, granted: true }, t, nameOf);
      expect(headings.filter((heading) => heading.endsWith(back))).toHaveLength(1);
    }
    await app.screenshot('restore-review', { fullPage: false }); // dozens of steps: the window shows the start

    await app.main
      .getByRole('checkbox', {
        name: l('plan.confirm', { count: expected.steps.length, device: device.serial }),
      })
      .check();
    await app.mainButton(l('plan.apply')).click();
    await expect.poll(status, UI_TIMEOUT).toMatch(app.pattern('restore.done'));

    // Read back through the API (a fresh scan), not the UI: the phone is as in scan A.
    const after = await bridge.call('scan:run', { device, taskId: `restored-${language}` });
    expect(phoneState(after)).toEqual(phoneState(scanA));
  });

  it('says so when the phone already matches the scan', async () => {
    await app.navigate('nav.history');
    const scans = app.main.getByRole('table', { name: l('history.scanList'), exact: true });
    await expect.poll(() => scans.getByRole('row').count(), UI_TIMEOUT).toBe(5); // header + A, B, C, D
    await scans
      .getByRole('row')
      .last()
      .getByRole('button', { name: app.pattern('history.restoreScanLabel') })
      .click();
    await expect.poll(status, UI_TIMEOUT).toBe(l('restore.nothing'));
    expect(await app.main.getByRole('article').count()).toBe(0);
    expect(await app.mainButton(l('plan.apply')).count()).toBe(0);
    await app.mainButton(l('restore.back')).click();
    await expect.poll(() => text(app.heading), UI_TIMEOUT).toBe(l('history.title'));
  });

  it('cancels an undo between steps and shows which steps ran', async () => {
    await app.navigate('nav.history');
    await app.mainButton(l('history.undoAll')).click();
    const running = app.main.getByRole('region', { name: l('history.undoing'), exact: true });
    await expect
      .poll(() => running.getByRole('progressbar').nth(1).getAttribute('value'), {
        timeout: 20_000,
        interval: 10,
      })
      .toBe('1');
    await running.getByRole('button', { name: l('change.cancel'), exact: true }).click();
    await expect.poll(status, UI_TIMEOUT).toBe(l('history.stopped'));

    const undo = (await bridge.call('journal:list', { device }))
      .filter((batch) => batch.kind === 'undo')
      .toSorted((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    expect(undo?.state).toBe('interrupted');
    const ran = undo?.steps.filter((step) => step.status === 'verified').length ?? 0;
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThan(undo?.steps.length ?? 0);
    // The panel keeps one row per step: those that ran are verified, the rest still pending.
    const rows = app.main
      .getByRole('region', { name: l('history.lastRun'), exact: true })
      .getByRole('listitem');
    expect(await rows.count()).toBe(undo?.steps.length);
    const texts = await rows.allInnerTexts();
    expect(texts.filter((row) => row.includes(l('change.status.verified')))).toHaveLength(ran);
    // (the step running when Cancel arrived may stay "running": main stops it mid-way)
    const notRun = [l('change.status.pending'), l('change.status.running')];
    expect(texts.filter((row) => notRun.some((name) => row.includes(name)))).toHaveLength(
      (undo?.steps.length ?? 0) - ran,
    );
  });
});
