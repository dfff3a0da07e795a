// Issue 6 "Done when": `privacyscope apply` killed with SIGKILL mid-batch. The journal on disk
// says which steps are done and which one was running; a new process resumes the batch on one
// phone, and on a second phone (same profile, own journal) another process rolls it back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../../../main/plan/plan-file';
import { scanDevice } from '../../../../main/reader/scan';
import { applyAndKill as killApply, readBatches } from './cli-kill-support';
import { bundleCli, runCli } from './cli-process';
import { executorsReady, packageStates, planPackages, revokePlan } from './engine-support';
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

const applyAndKill = (options: { serial: string; planFile: string; dataDir: string; k: number }) =>
  killApply({ ...options, cli, adbPort: rig.server.port });

const prepare = async (profile: string) => {
  const launched = await rig.connect(profile);
  const session = rig.service.device(launched.serial);
  const { plan, snapshot } = await revokePlan(session, 12);
  const dataDir = await mkdtemp(join(tmpdir(), 'ps-kill-'));
  dirs.push(dataDir);
  const planFile = join(dataDir, 'plan.json');
  await writePlanFile(planFile, plan);
  // Slow the phone down so the kill lands mid-batch.
  launched.phone.setFaults({ latencyMs: 40 });
  return { ...launched, session, plan, before: snapshot, dataDir, planFile };
};

describe.skipIf(!executorsReady())('apply killed with SIGKILL mid-batch', () => {
  it('resumes in a new process', async () => {
    const run = await prepare('cn-flagship-14');
    const killed = await applyAndKill({ ...run, k: 4 });
    const statuses = killed.steps.map((step) => step.status);
    expect(statuses.filter((status) => status === 'verified').length).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((status) => status === 'running').length).toBeLessThanOrEqual(1);
    expect(statuses).toContain('pending');
    expect(killed.state).toBe('open');
    const journal = runCli(cli, ['journal', '--serial', run.serial, '--data-dir', run.dataDir]);
    expect((await journal.exited).code).toBe(0);
    const resumed = runCli(cli, [
      'apply',
      '--serial',
      run.serial,
      '--resume',
      killed.id,
      '--yes',
      '--data-dir',
      run.dataDir,
      '--adb-port',
      String(rig.server.port),
    ]);
    expect((await resumed.exited).code, resumed.output()).toBe(0);
    const [after] = await readBatches(run.dataDir);
    expect(after).toMatchObject({ state: 'completed' });
    expect(after!.steps.every((step) => step.status === 'verified')).toBe(true);
    run.phone.setFaults({ latencyMs: 0 });
    const now = await scanDevice(run.session);
    for (const step of run.plan.steps) {
      const entry = now.apps
        .find((app) => app.packageName === step.target.packageName)
        ?.permissions.find((p) => p.name === step.target.permission);
      expect(entry?.granted).toBe(false);
    }
  });

  it('rolls back in a new process, restoring the phone exactly', async () => {
    const run = await prepare('cn-flagship-14');
    const killed = await applyAndKill({ ...run, k: 3 });
    const rolled = runCli(cli, [
      'undo',
      '--serial',
      run.serial,
      '--batch',
      killed.id,
      '--data-dir',
      run.dataDir,
      '--adb-port',
      String(rig.server.port),
    ]);
    expect((await rolled.exited).code, rolled.output()).toBe(0);
    const batches = await readBatches(run.dataDir);
    const original = batches.find((batch) => batch.id === killed.id);
    expect(original?.state).toBe('rolled-back');
    expect(original?.steps.every((step) => step.status === 'undone' || step.status === 'skipped')).toBe(true);
    run.phone.setFaults({ latencyMs: 0 });
    const packages = planPackages(run.plan);
    expect(packageStates(await scanDevice(run.session), packages)).toEqual(
      packageStates(run.before, packages),
    );
  });
});
