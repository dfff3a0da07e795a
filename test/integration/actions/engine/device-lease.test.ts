// Issue 6, "changing a phone safely": two runs never change one phone at once. In one process,
// two applies started together on the same virtual phone: exactly one runs, the other is refused
// before it journals or changes anything. Across processes sharing a data folder: while a CLI
// apply holds the phone, a second CLI apply and an undo are refused with who holds it; once the
// first is SIGKILLed, its abandoned lease is taken over by a resume.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan, DeviceBusy } from '../../../../main/actions/apply';
import { EXECUTORS } from '../../../../main/actions/executors';
import { writePlanFile } from '../../../../main/plan/plan-file';
import { scanDevice } from '../../../../main/reader/scan';
import { readBatches, startApply, waitForVerified } from './cli-kill-support';
import { bundleCli, runCli } from './cli-process';
import { executorsReady, revokePlan } from './engine-support';
import { useEngineRig } from './engine-rig';

const rig = useEngineRig();
let cli = '';
const dirs: string[] = [];

beforeAll(async () => {
  if (executorsReady()) cli = await bundleCli();
}, 120_000);
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const grantedAfter = async (serial: string, plan: Awaited<ReturnType<typeof revokePlan>>['plan']) => {
  const now = await scanDevice(rig.service.device(serial));
  return plan.steps.map(
    (step) =>
      now.apps
        .find((app) => app.packageName === step.target.packageName)
        ?.permissions.find((p) => p.name === step.target.permission)?.granted,
  );
};

describe.skipIf(!executorsReady())('the device lease', () => {
  it('lets exactly one of two concurrent applies in one process run', async () => {
    const { serial, phone } = await rig.connect('cn-flagship-14');
    const session = rig.service.device(serial);
    const { plan } = await revokePlan(session, 4);
    phone.setFaults({ latencyMs: 10 });
    const engine = { session, journal: rig.journal, executors: EXECUTORS };
    const results = await Promise.allSettled([
      applyPlan({ ...engine, plan, batchId: 'lease-a' }),
      applyPlan({ ...engine, plan, batchId: 'lease-b' }),
    ]);
    phone.setFaults({ latencyMs: 0 });
    const ran = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result) => result.status === 'rejected');
    expect(ran).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason as unknown;
    expect(reason).toBeInstanceOf(DeviceBusy);
    const winner = (ran[0] as PromiseFulfilledResult<{ batchId: string; counts: object }>).value;
    expect(winner.counts).toEqual({ verified: plan.steps.length });
    expect((reason as DeviceBusy).holder).toMatchObject({ pid: process.pid, batchId: winner.batchId });
    const loser = winner.batchId === 'lease-a' ? 'lease-b' : 'lease-a';
    expect(await rig.journal.getBatch(loser)).toBeUndefined();
    expect(await grantedAfter(serial, plan)).toEqual(plan.steps.map(() => false));
    expect(await rig.journal.locks.holder(serial)).toBeUndefined();
  });

  it('refuses a second process while one applies, and takes over after it is SIGKILLed', async () => {
    const { serial, phone } = await rig.connect('cn-flagship-14');
    const session = rig.service.device(serial);
    const { plan } = await revokePlan(session, 12);
    const dataDir = await mkdtemp(join(tmpdir(), 'ps-lease-'));
    dirs.push(dataDir);
    const planFile = join(dataDir, 'plan.json');
    await writePlanFile(planFile, plan);
    const common = ['--serial', serial, '--data-dir', dataDir, '--adb-port', String(rig.server.port)];
    phone.setFaults({ latencyMs: 60 });
    const first = startApply({ cli, serial, planFile, dataDir, adbPort: rig.server.port });
    await waitForVerified({ run: first, dataDir, k: 1 });
    const pid = first.child.pid ?? -1;

    const second = runCli(cli, ['apply', ...common, '--plan', planFile, '--yes']);
    const undo = runCli(cli, ['undo', ...common, '--all']);
    for (const refused of [second, undo]) {
      expect((await refused.exited).code, refused.output()).toBe(1);
      expect(refused.output()).toContain('Another PrivacyScope run is changing this phone');
      expect(refused.output()).toContain(`process ${pid} on`);
      expect(refused.output()).toContain('Nothing was changed');
    }
    // Only the first process's batch is in the journal: no second apply, no undo batch.
    expect((await readBatches(dataDir)).map((batch) => batch.kind)).toEqual(['apply']);

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const [killed] = await readBatches(dataDir);
    expect(killed?.steps.some((step) => step.status === 'pending')).toBe(true);
    phone.setFaults({ latencyMs: 0 });
    const resumed = runCli(cli, ['apply', ...common, '--resume', killed?.id ?? '', '--yes']);
    expect((await resumed.exited).code, resumed.output()).toBe(0);
    const [after] = await readBatches(dataDir);
    expect(after).toMatchObject({ id: killed?.id, state: 'completed' });
    expect(after?.steps.every((step) => step.status === 'verified')).toBe(true);
    expect(await grantedAfter(serial, plan)).toEqual(plan.steps.map(() => false));
  });
});
