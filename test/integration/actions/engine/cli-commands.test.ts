// The plan → apply → journal → undo commands end to end on a virtual phone: plan scans and
// audits the phone and writes plan.json, apply asks first (and refuses without a terminal),
// journal lists the batch, undo --all restores the phone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApplyCommand } from '../../../../main/cli/apply-command';
import { CliUsageError } from '../../../../main/cli/command';
import { journalCommand } from '../../../../main/cli/journal-command';
import { planCommand } from '../../../../main/cli/plan-command';
import { undoCommand } from '../../../../main/cli/undo-command';
import { readPlanFile } from '../../../../main/plan/plan-file';
import { scanDevice } from '../../../../main/reader/scan';
import { recordCliIo } from '../../../support/cli-io';
import { executorsReady, packageStates, planPackages } from './engine-support';
import { useEngineRig } from './engine-rig';

const rig = useEngineRig();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe.skipIf(!executorsReady())('privacyscope plan / apply / journal / undo', () => {
  it('plans from findings, applies after asking, lists and undoes', async () => {
    const { serial } = await rig.connect('cn-flagship-14');
    const dataDir = await mkdtemp(join(tmpdir(), 'ps-cli-data-'));
    dirs.push(dataDir);
    const common = ['--serial', serial, '--data-dir', dataDir, '--adb-port', String(rig.server.port)];
    const planFile = join(dataDir, 'plan.json');
    const planned = recordCliIo();
    expect(await planCommand.run([...common, '--findings', 'high', '--out', planFile], planned.io)).toBe(0);
    const plan = await readPlanFile(planFile);
    expect(plan.device.serial).toBe(serial);
    expect(plan.steps.length).toBeGreaterThan(3);
    expect(planned.out.join('\n')).toContain('expected:');
    const before = await scanDevice(rig.service.device(serial));

    const noTerminal = createApplyCommand({ isInteractive: () => false, ask: async () => 'y' });
    await expect(noTerminal.run([...common, '--plan', planFile], recordCliIo().io)).rejects.toBeInstanceOf(
      CliUsageError,
    );
    const declined = recordCliIo();
    const sayNo = createApplyCommand({ isInteractive: () => true, ask: async () => 'n' });
    expect(await sayNo.run([...common, '--plan', planFile], declined.io)).toBe(0);
    expect(declined.out.at(-1)).toBe('Nothing was changed.');

    const applied = recordCliIo();
    const sayYes = createApplyCommand({ isInteractive: () => true, ask: async () => 'yes' });
    const code = await sayYes.run([...common, '--plan', planFile], applied.io);
    expect(applied.out.at(-1)).toMatch(/completed/);
    expect(code, applied.out.join('\n')).toBe(0);

    const listed = recordCliIo();
    expect(await journalCommand.run(['--serial', serial, '--data-dir', dataDir, '--json'], listed.io)).toBe(
      0,
    );
    const batches = JSON.parse(listed.out.join('\n')) as { kind: string; steps: { status: string }[] }[];
    expect(batches).toHaveLength(1);
    expect(batches[0]?.steps.every((step) => step.status === 'verified')).toBe(true);

    const undone = recordCliIo();
    expect(await undoCommand.run([...common, '--all'], undone.io), undone.out.join('\n')).toBe(0);
    const packages = planPackages(plan);
    expect(packageStates(await scanDevice(rig.service.device(serial)), packages)).toEqual(
      packageStates(before, packages),
    );
  });
});
