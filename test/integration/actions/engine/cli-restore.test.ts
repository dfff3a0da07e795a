// `privacyscope plan --restore-scan ID` end to end on a virtual phone: a findings plan stores
// scan 1 and is applied; the restore plan (scan 2 → scan 1) is applied; the permissions, app
// ops and app states (the hidden ones too) of the changed apps and the special-access
// component lists are those of scan 1 again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApplyCommand } from '../../../../main/cli/apply-command';
import { CliUsageError } from '../../../../main/cli/command';
import { planCommand } from '../../../../main/cli/plan-command';
import { readPlanFile } from '../../../../main/plan/plan-file';
import { expandComponent } from '../../../../main/reader/parsers/settings';
import { scanDevice } from '../../../../main/reader/scan';
import type { DeviceSnapshot } from '../../../../main/snapshot/device-snapshot';
import { recordCliIo } from '../../../support/cli-io';
import { executorsReady, packageStates } from './engine-support';
import { useEngineRig } from './engine-rig';

const rig = useEngineRig();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** What a snapshot restore brings back: the changed apps' state, grants and ops, and the lists. */
const restorable = (snapshot: DeviceSnapshot, packages: readonly string[]) => ({
  apps: packageStates(snapshot, packages),
  accessibilityServices: snapshot.specialAccess.accessibilityServices.map(expandComponent).sort(),
  notificationListeners: snapshot.specialAccess.notificationListeners.map(expandComponent).sort(),
});

describe.skipIf(!executorsReady())('privacyscope plan --restore-scan', () => {
  it('plans the way back to an earlier scan, and apply restores it', async () => {
    const { serial } = await rig.connect('cn-flagship-14');
    const dataDir = await mkdtemp(join(tmpdir(), 'ps-cli-restore-'));
    dirs.push(dataDir);
    const common = ['--serial', serial, '--data-dir', dataDir, '--adb-port', String(rig.server.port)];
    const apply = createApplyCommand({ isInteractive: () => true, ask: async () => 'yes' });

    const changeFile = join(dataDir, 'change.json');
    expect(
      await planCommand.run([...common, '--findings', 'high', '--out', changeFile], recordCliIo().io),
    ).toBe(0);
    const change = await readPlanFile(changeFile);
    const packages = [...new Set(change.steps.map((step) => step.target.packageName))];
    expect(packages.length).toBeGreaterThan(0);
    const before = await scanDevice(rig.service.device(serial));
    expect(await apply.run([...common, '--plan', changeFile], recordCliIo().io)).toBe(0);

    expect(restorable(await scanDevice(rig.service.device(serial)), packages)).not.toEqual(
      restorable(before, packages),
    );

    await expect(
      planCommand.run([...common, '--restore-scan', '1', '--policy', 'p.json'], recordCliIo().io),
    ).rejects.toBeInstanceOf(CliUsageError);
    await expect(planCommand.run([...common, '--restore-scan', '99'], recordCliIo().io)).rejects.toThrow(
      /not a stored scan/,
    );

    const restoreFile = join(dataDir, 'restore.json');
    const planned = recordCliIo();
    expect(await planCommand.run([...common, '--restore-scan', '1', '--out', restoreFile], planned.io)).toBe(
      0,
    );
    const restore = await readPlanFile(restoreFile);
    expect(restore.steps.length).toBeGreaterThan(0);
    const kinds = ['restore-grant', 'restore-app-state', 'set-component-access'];
    expect(restore.steps.every((step) => kinds.includes(step.kind))).toBe(true);
    expect(restore.steps.some((step) => step.kind === 'restore-app-state')).toBe(
      change.steps.some((step) => step.kind === 'hide-app'),
    );
    expect(planned.out.join('\n')).toContain('expected:');

    const applied = recordCliIo();
    expect(await apply.run([...common, '--plan', restoreFile], applied.io), applied.out.join('\n')).toBe(0);
    expect(restorable(await scanDevice(rig.service.device(serial)), packages)).toEqual(
      restorable(before, packages),
    );
  });
});
