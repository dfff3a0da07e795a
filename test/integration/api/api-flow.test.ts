// The whole API as the renderer uses it, through the composed services and the handler table
// (`dispatch`, as IPC and the browser bridge do) against a private real adb server: open a demo
// phone, list it, scan with progress, plan (revoke one excess grant, stand in another), apply,
// see the change in a second scan, undo everything, see it restored, export the report, close.
import { describe, expect, it } from 'vitest';
import type {
  AuditedScan,
  DeviceSummary,
  ExportedReport,
  JournalBatch,
  Plan,
  ProgressEvent,
  RulesView,
  ScanDiff,
  ScanRecord,
} from '../../../preload/contract';
import { useComposedApi } from './composed-api';
import { runtimePermission } from '../../../main/catalogue/runtime-permissions';

const progress: ProgressEvent[] = [];
const api = useComposedApi({
  prefix: 'ps-api-',
  onReady: (services) =>
    services.events.subscribe((event, payload) => {
      if (event === 'task:progress') progress.push(payload as ProgressEvent);
    }),
});
const { call } = api;

const grantOf = (scan: AuditedScan, packageName: string, permission: string): boolean | undefined =>
  scan.apps.find((app) => app.packageName === packageName)?.permissions.find((p) => p.name === permission)
    ?.granted;
const FIXED = ['SYSTEM_FIXED', 'POLICY_FIXED'];
const changeable = (app: AuditedScan['apps'][number], permission: string): boolean =>
  !app.isSystem &&
  app.permissions.some((p) => p.name === permission && !p.flags.some((flag) => FIXED.includes(flag)));
const opModeOf = (scan: AuditedScan, packageName: string, op: string): string | undefined =>
  scan.apps.find((app) => app.packageName === packageName)?.appOps.find((entry) => entry.op === op)?.mode;

describe('the API over a demo phone', () => {
  it('scans, plans, applies, undoes and reports', async () => {
    const profiles = await call('demo:profiles');
    expect(profiles.map((profile) => profile.name)).toContain('cn-flagship-14');

    const demo: DeviceSummary = await call('demo:start', { profile: 'cn-flagship-14' });
    expect(demo.state).toBe('device');
    expect(demo.demoProfile).toBe('cn-flagship-14');
    const device = { serial: demo.serial };

    const listed = (await call('devices:list')).find((entry) => entry.serial === demo.serial);
    expect(listed).toMatchObject({ state: 'device', demoProfile: 'cn-flagship-14' });
    expect(listed?.model).toBeTruthy();
    expect(listed?.sdk).toBeGreaterThan(20);
    expect(listed?.release).toBeTruthy();

    const before: AuditedScan = await call('scan:run', { device, taskId: 'scan-1' });
    expect(before.scanId).toBeGreaterThan(0);
    expect(before.apps.length).toBeGreaterThan(5);
    const scanEvents = progress.filter((event) => event.taskId === 'scan-1');
    expect(scanEvents.length).toBeGreaterThan(2);
    expect(scanEvents.at(-1)?.done).toBe(true);
    expect(await call('scan:latest', { device })).toMatchObject({ scanId: before.scanId });

    // One excess grant to revoke, another (with an app op) to stand in for.
    const excess = before.apps.flatMap((app) =>
      app.findings
        .filter((finding) => finding.action === 'revoke' && finding.subject.type === 'permission')
        .filter((finding) => grantOf(before, app.packageName, finding.subject.name) === true)
        .filter((finding) => changeable(app, finding.subject.name))
        .map((finding) => ({ packageName: app.packageName, permission: finding.subject.name })),
    );
    const revoke = excess[0];
    const standIn = excess.find(
      (entry) =>
        entry !== revoke &&
        entry.packageName !== revoke?.packageName &&
        runtimePermission(entry.permission)?.op !== undefined,
    );
    expect(revoke).toBeDefined();
    expect(standIn).toBeDefined();
    if (revoke === undefined || standIn === undefined) return;
    const op = runtimePermission(standIn.permission)?.op ?? '';

    const plan: Plan = await call('plan:build', {
      device,
      selections: [
        { packageName: revoke.packageName, action: 'revoke', subject: revoke.permission },
        { packageName: standIn.packageName, action: 'stand-in', subject: standIn.permission },
      ],
    });
    expect(plan.skipped, JSON.stringify(plan.skipped)).toEqual([]);
    expect(plan.steps.map((step) => step.kind)).toEqual(['revoke-permission', 'stand-in']);
    expect(plan.skipped).toEqual([]);
    expect(plan.steps[0]?.commands.length).toBeGreaterThan(0);

    const applied: JournalBatch = await call('plan:apply', { device, plan, taskId: 'apply-1' });
    expect(applied.kind).toBe('apply');
    expect(applied.steps.map((step) => step.status)).toEqual(['verified', 'verified']);
    const stepEvents = progress.filter((event) => event.taskId === 'apply-1' && event.step !== undefined);
    expect(stepEvents.map((event) => event.step?.status)).toContain('verified');

    const after: AuditedScan = await call('scan:run', { device, taskId: 'scan-2' });
    expect(grantOf(after, revoke.packageName, revoke.permission)).toBe(false);
    expect(opModeOf(after, standIn.packageName, op)).toBe('ignore');
    expect(grantOf(after, standIn.packageName, standIn.permission)).toBe(true);

    const scans: readonly ScanRecord[] = await call('scans:list', { device });
    expect(scans.map((scan) => scan.id)).toEqual([after.scanId, before.scanId]);
    expect(scans[0]?.appCount).toBe(after.apps.length);
    const diff: ScanDiff = await call('scans:diff', { device, fromId: before.scanId, toId: after.scanId });
    expect(diff.removedGrants).toEqual([{ packageName: revoke.packageName, permission: revoke.permission }]);
    expect(diff.newGrants).toEqual([]);

    const journal = await call('journal:list', { device });
    expect(journal.map((batch) => batch.id)).toEqual([applied.id]);

    const undone: JournalBatch = await call('journal:undo', {
      device,
      scope: { all: true },
      taskId: 'undo-1',
    });
    expect(undone.kind).toBe('undo');
    expect(undone.steps.every((step) => step.status === 'verified')).toBe(true);

    const restored: AuditedScan = await call('scan:run', { device, taskId: 'scan-3' });
    expect(grantOf(restored, revoke.packageName, revoke.permission)).toBe(true);
    expect(opModeOf(restored, standIn.packageName, op)).toBe(opModeOf(before, standIn.packageName, op));

    const html: ExportedReport = await call('report:export', { device, format: 'html' });
    expect(html.mimeType).toBe('text/html');
    expect(html.content).toMatch(/<html lang="(en|zh-CN)">/);
    expect(html.content).not.toMatch(/<script/i);
    const json: ExportedReport = await call('report:export', { device, format: 'json' });
    const parsed = JSON.parse(json.content) as AuditedScan;
    expect(parsed.apps.length).toBe(restored.apps.length);

    expect(await call('demo:stop', { serial: demo.serial })).toEqual({ stopped: true });
    expect((await call('devices:list')).some((entry) => entry.serial === demo.serial)).toBe(false);
  });

  it('keeps the user category choice and rule overrides', async () => {
    const demo = await call('demo:start', { profile: 'pixel-14' });
    const device = { serial: demo.serial };
    const scan = await call('scan:run', { device, taskId: 'scan-choice' });
    const app = scan.apps.find((entry) => !entry.isSystem) ?? scan.apps[0];
    if (app === undefined) throw new Error('no apps');
    const changed = await call('apps:set-category', {
      device,
      packageName: app.packageName,
      categoryId: 'news',
    });
    expect(changed.category.id).toBe('news');
    const latest = await call('scan:latest', { device });
    expect(latest?.apps.find((entry) => entry.packageName === app.packageName)?.category.id).toBe('news');

    const view: RulesView = await call('rules:set-decision', {
      categoryId: 'news',
      ruleKey: 'CAMERA',
      decision: 'extended',
    });
    expect(view.categories.find((category) => category.id === 'news')?.decisions['CAMERA']).toMatchObject({
      decision: 'extended',
      overridden: true,
    });
    const exported = await call('rules:export');
    await call('rules:set-decision', { categoryId: 'news', ruleKey: 'CAMERA', decision: null });
    expect(
      (await call('rules:get')).categories.find((c) => c.id === 'news')?.decisions['CAMERA']?.overridden,
    ).toBeUndefined();
    const imported = await call('rules:import', { content: exported.content });
    expect(imported.categories.find((c) => c.id === 'news')?.decisions['CAMERA']?.decision).toBe('extended');
    expect(await call('demo:stop', { serial: demo.serial })).toEqual({ stopped: true });
  });

  it('resumes a cancelled apply, then rolls the batch back', async () => {
    const demo = await call('demo:start', { profile: 'cn-flagship-14' });
    const device = { serial: demo.serial };
    const scan = await call('scan:run', { device, taskId: 'scan-resume' });
    const selections = scan.apps
      .flatMap((app) =>
        app.findings
          .filter((finding) => finding.action === 'revoke' && finding.subject.type === 'permission')
          .filter((finding) => grantOf(scan, app.packageName, finding.subject.name) === true)
          .filter((finding) => changeable(app, finding.subject.name))
          .map((finding) => ({
            packageName: app.packageName,
            action: 'revoke',
            subject: finding.subject.name,
          })),
      )
      .slice(0, 3);
    expect(selections).toHaveLength(3);
    const plan = await call('plan:build', { device, selections });
    expect(plan.steps).toHaveLength(3);

    const stop = api.services().events.subscribe((event, payload) => {
      const progressEvent = payload as ProgressEvent;
      if (
        event === 'task:progress' &&
        progressEvent.taskId === 'apply-cancel' &&
        progressEvent.step?.status === 'verified'
      ) {
        void call('task:cancel', { taskId: 'apply-cancel' });
      }
    });
    const interrupted = await call('plan:apply', { device, plan, taskId: 'apply-cancel' });
    stop();
    expect(interrupted.state).toBe('interrupted');
    expect(interrupted.steps.filter((step) => step.status === 'verified').length).toBeLessThan(3);

    const resumed = await call('journal:resume', { device, batchId: interrupted.id, taskId: 'resume-1' });
    expect(resumed.id).toBe(interrupted.id);
    expect(resumed.state).toBe('completed');
    expect(resumed.steps.map((step) => step.status)).toEqual(['verified', 'verified', 'verified']);

    const rollBack = await call('journal:rollback', {
      device,
      batchId: interrupted.id,
      taskId: 'rollback-1',
    });
    expect(rollBack.kind).toBe('undo');
    const journal = await call('journal:list', { device });
    expect(journal.find((batch) => batch.id === interrupted.id)?.state).toBe('rolled-back');
    const after = await call('scan:run', { device, taskId: 'scan-rolled-back' });
    for (const selection of selections) {
      expect(grantOf(after, selection.packageName, selection.subject)).toBe(true);
    }
    const nothing = await api.envelope('journal:undo', {
      device,
      scope: { all: true },
      taskId: 'undo-nothing',
    });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await call('demo:stop', { serial: demo.serial });
  });
});
