// Issue 6 "Done when", fault tests through the real adb server: the connection dropped before
// and after each step of a 20-step batch, a hanging command, an OEM refusal — the journal stays
// consistent with the phone, and resume/undo finish the job.
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../../main/actions/apply/apply-plan';
import { resumeBatch } from '../../../../main/actions/apply/interrupted';
import { undoScope } from '../../../../main/actions/apply/undo-journal';
import { EXECUTORS } from '../../../../main/actions/executors';
import type { JournalBatch } from '../../../../main/journal/journal-types';
import { scanDevice } from '../../../../main/reader/scan';
import type { DeviceSnapshot } from '../../../../main/snapshot/device-snapshot';
import {
  droppingSession,
  executorsReady,
  packageStates,
  planPackages,
  reconnect,
  revokePlan,
  type DropHook,
} from './engine-support';
import { useEngineRig } from './engine-rig';

const rig = useEngineRig();

const grantedIn = (
  snapshot: DeviceSnapshot,
  target: { packageName: string; permission?: string },
): boolean | undefined =>
  snapshot.apps
    .find((app) => app.packageName === target.packageName)
    ?.permissions.find((p) => p.name === target.permission)?.granted;

/** Steps before the running one verified, the running one (if any) next, the rest pending. */
const expectConsistent = (batch: JournalBatch, snapshot: DeviceSnapshot): void => {
  const statuses = batch.steps.map((step) => step.status);
  const firstOpen = statuses.findIndex((status) => status !== 'verified');
  expect(statuses.slice(0, firstOpen).every((status) => status === 'verified')).toBe(true);
  expect(['running', 'pending']).toContain(statuses[firstOpen]);
  expect(statuses.slice(firstOpen + 1).every((status) => status === 'pending')).toBe(true);
  for (const step of batch.steps) {
    if (step.status === 'verified') expect(grantedIn(snapshot, step.target), step.stepId).toBe(false);
    if (step.status === 'pending') expect(grantedIn(snapshot, step.target), step.stepId).toBe(true);
    // A running step without a prior never reached the phone.
    if (step.status === 'running' && step.prior === undefined)
      expect(grantedIn(snapshot, step.target)).toBe(true);
  }
};

describe.skipIf(!executorsReady())('apply engine under faults', () => {
  it('survives the connection dropped before and after each step of a 20-step batch', async () => {
    const { phone, serial } = await rig.connect('cn-flagship-14');
    const hook: { current: DropHook | undefined } = { current: undefined };
    const session = droppingSession(rig.service, serial, hook);
    const { plan, snapshot: before } = await revokePlan(session, 20);
    expect(plan.steps).toHaveLength(20);
    const attempts = new Map<string, number>();
    hook.current = async (command, when) => {
      if (command.argv[1] !== 'revoke') return;
      const key = command.argv.join(' ');
      const attempt = attempts.get(key) ?? 0;
      if (when === 'before') attempts.set(key, attempt + 1);
      // First attempt: dropped before the revoke is sent; second: right after it ran
      // (`attempt` counts the sends so far).
      // The phone stays away until the test reconnects it (like an unplugged cable).
      if ((when === 'before' && attempt === 0) || (when === 'after' && attempt === 2)) {
        await phone.stopListening();
        phone.dropConnections();
      }
    };
    const engine = { session, journal: rig.journal, executors: EXECUTORS, timeoutMs: 10_000 };
    let result = await applyPlan({ ...engine, plan });
    let interruptions = 0;
    while (result.state === 'interrupted' && interruptions < 60) {
      interruptions += 1;
      await phone.resumeListening();
      await reconnect(rig.server, serial);
      const batch = await rig.journal.getBatch(result.batchId);
      expectConsistent(batch!, await scanDevice(rig.service.device(serial)));
      result = await resumeBatch({ ...engine, batchId: result.batchId });
    }
    expect(interruptions).toBe(40);
    expect(result).toMatchObject({ state: 'completed', counts: { verified: 20 } });
    const after = await scanDevice(rig.service.device(serial));
    for (const step of plan.steps) expect(grantedIn(after, step.target)).toBe(false);
    hook.current = undefined;
    const undone = await undoScope({
      ...engine,
      sdk: plan.device.sdk,
      scope: { batch: result.batchId },
    });
    expect(undone.counts).toEqual({ verified: 20 });
    const restored = await scanDevice(rig.service.device(serial));
    expect(packageStates(restored, planPackages(plan))).toEqual(packageStates(before, planPackages(plan)));
  });

  it('records a hanging command as failed, the phone unchanged as journaled', async () => {
    const { phone, serial } = await rig.connect('cn-flagship-14');
    const session = rig.service.device(serial);
    const { plan } = await revokePlan(session, 2);
    const first = plan.steps[0]!;
    const escape = (text: string): string => text.replaceAll('.', '\\.');
    const pattern = `revoke.*${escape(first.target.packageName)}.*${escape(first.target.permission ?? '')}`;
    phone.setFaults({ hangCommandPattern: new RegExp(pattern) });
    const result = await applyPlan({
      session,
      plan,
      journal: rig.journal,
      executors: EXECUTORS,
      timeoutMs: 1_500,
    });
    phone.setFaults({ hangCommandPattern: undefined });
    expect(result).toMatchObject({ state: 'completed', counts: { failed: 1, verified: 1 } });
    const batch = await rig.journal.getBatch(result.batchId);
    const failed = batch!.steps[0]!;
    expect(failed.status).toBe('failed');
    expect(failed.outcome?.deviceMessage).toMatch(/timed out/);
    expect(failed.prior?.granted).toBe(true);
    const now = await scanDevice(session);
    expect(grantedIn(now, first.target)).toBe(failed.outcome?.verified?.granted ?? failed.prior?.granted);
  });

  it('records an OEM refusal (MIUI security debugging off) with guidance', async () => {
    const { serial } = await rig.connect('miui-strict');
    const session = rig.service.device(serial);
    const { plan } = await revokePlan(session, 1);
    const result = await applyPlan({ session, plan, journal: rig.journal, executors: EXECUTORS });
    expect(result.counts).toEqual({ refused: 1 });
    const step = (await rig.journal.getBatch(result.batchId))!.steps[0]!;
    expect(step.outcome).toMatchObject({ status: 'refused', guidance: 'miui-security-debugging' });
    expect(step.outcome?.deviceMessage).toMatch(/GRANT_RUNTIME_PERMISSIONS|REVOKE_RUNTIME_PERMISSIONS/);
    expect(grantedIn(await scanDevice(session), step.target)).toBe(true);
  });
});
