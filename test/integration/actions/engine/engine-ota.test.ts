// Issue 6, "changing a phone safely": a system update (OTA) between an interrupted batch and its
// resume. `privacyscope apply` is SIGKILLed mid-batch; the phone then gets an OTA (new build
// fingerprint, reboot) and comes back as a wireless phone on another port (new adb serial, same
// ro.serialno). The app's services (the code behind journal:list / journal:resume) list the batch
// as interrupted and flagged "system updated since" with both builds; resume is refused without
// the user's consent (app and CLI), works with it, and the phone ends as the journal says.
// Another phone is still refused.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeBatch } from '../../../../main/actions/apply';
import { EXECUTORS } from '../../../../main/actions/executors';
import { ApiErrorCode } from '../../../../preload/contract';
import { writePlanFile } from '../../../../main/plan/plan-file';
import { DeviceIdentityMismatch } from '../../../../main/plan/plan-errors';
import { scanDevice } from '../../../../main/reader/scan';
import { createChangesService } from '../../../../main/services/changes-service';
import { createDevicePropertiesCache } from '../../../../main/services/device-properties';
import { createDeviceRecords } from '../../../../main/services/device-records';
import { EventHub } from '../../../../main/services/event-hub';
import { openAppStore, type AppStore } from '../../../../main/services/store';
import { createTaskRegistry } from '../../../../main/services/task-registry';
import {
  launchVirtualPhone,
  type LaunchedVirtualPhone,
} from '../../../../main/virtual-phone/launch-virtual-phone';
import { simulateOta } from '../../../../main/virtual-phone/simulate-ota';
import { applyAndKill, readBatches } from './cli-kill-support';
import { bundleCli, runCli } from './cli-process';
import { executorsReady, reconnect, revokePlan } from './engine-support';
import { useEngineRig } from './engine-rig';

const rig = useEngineRig();
let cli = '';
const dirs: string[] = [];
const extraPhones: LaunchedVirtualPhone[] = [];
const stores: AppStore[] = [];

beforeAll(async () => {
  if (executorsReady()) cli = await bundleCli();
}, 120_000);
afterAll(async () => {
  for (const store of stores) store.close();
  for (const launched of extraPhones) {
    await rig.server.adb(['disconnect', launched.phone.serial]);
    await launched.phone.close();
  }
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The same simulated Android answering on a new port (Wireless debugging after a reboot). */
const comeBackOnNewPort = async (launched: LaunchedVirtualPhone): Promise<string> => {
  await rig.server.adb(['disconnect', launched.phone.serial]);
  await launched.phone.close();
  const again = await launchVirtualPhone({ profile: launched.state });
  extraPhones.push(again);
  await reconnect(rig.server, again.phone.serial);
  return again.phone.serial;
};

/** The services behind journal:list / journal:resume, over the data folder the CLI used. */
const appServices = (dataDir: string) => {
  const store = openAppStore({ dataDir });
  stores.push(store);
  const records = createDeviceRecords({
    devices: store.devices,
    properties: createDevicePropertiesCache(rig.service),
  });
  const unused = () => Promise.reject(new Error('not used by journal, resume and roll back'));
  return createChangesService({
    adb: rig.service,
    store,
    records,
    scans: { latestAudit: unused },
    settings: { get: unused },
    tasks: createTaskRegistry(new EventHub()),
  });
};

describe.skipIf(!executorsReady())('a batch interrupted, then a system update', () => {
  it('is flagged, resumed only with consent, and leaves the phone as the journal says', async () => {
    const launched = await rig.connect('cn-flagship-14');
    launched.state.props['ro.serialno'] = 'PSVIRT-OTA-0001';
    const session = rig.service.device(launched.serial);
    const { plan } = await revokePlan(session, 10);
    const dataDir = await mkdtemp(join(tmpdir(), 'ps-ota-'));
    dirs.push(dataDir);
    const planFile = join(dataDir, 'plan.json');
    await writePlanFile(planFile, plan);
    launched.phone.setFaults({ latencyMs: 40 });
    const killed = await applyAndKill({
      cli,
      serial: launched.serial,
      planFile,
      dataDir,
      adbPort: rig.server.port,
      k: 3,
    });
    expect(killed.steps.some((step) => step.status === 'pending')).toBe(true);
    launched.phone.setFaults({ latencyMs: 0 });

    const ota = simulateOta(launched, { securityPatch: '2026-06-01' });
    expect(ota.toFingerprint).not.toBe(ota.fromFingerprint);
    const serial = await comeBackOnNewPort(launched);
    expect(serial).not.toBe(launched.serial);
    const device = { serial };

    const changes = appServices(dataDir);
    const [listed] = await changes.journal(device);
    expect(listed).toMatchObject({
      id: killed.id,
      kind: 'apply',
      device: { hardwareId: 'PSVIRT-OTA-0001', fingerprint: ota.fromFingerprint },
      systemUpdated: { batchFingerprint: ota.fromFingerprint, currentFingerprint: ota.toFingerprint },
    });
    const statuses = listed?.steps.map((step) => step.status);

    const refused = await changes
      .resume({ device, batchId: killed.id, taskId: 'resume-no-consent' })
      .catch((error: unknown) => error);
    expect((refused as { code?: string }).code).toBe(ApiErrorCode.SystemUpdated);
    const common = ['--serial', serial, '--data-dir', dataDir, '--adb-port', String(rig.server.port)];
    const cliRefused = runCli(cli, ['apply', ...common, '--resume', killed.id, '--yes']);
    expect((await cliRefused.exited).code).toBe(1);
    expect(cliRefused.output()).toContain('--accept-updated-system');
    expect((await readBatches(dataDir)).find((b) => b.id === killed.id)?.steps.map((s) => s.status)).toEqual(
      statuses,
    );

    const resumed = await changes.resume({
      device,
      batchId: killed.id,
      taskId: 'resume-consent',
      acceptUpdatedSystem: true,
    });
    expect(resumed.state).toBe('completed');
    expect(resumed.steps.every((step) => step.status === 'verified')).toBe(true);
    const now = await scanDevice(rig.service.device(serial));
    for (const step of resumed.steps) {
      const entry = now.apps
        .find((app) => app.packageName === step.target.packageName)
        ?.permissions.find((p) => p.name === step.target.permission);
      expect(entry?.granted).toBe(step.outcome?.verified?.granted);
      expect(entry?.granted).toBe(false);
    }

    // Another phone (other ro.serialno) is refused even with consent.
    const other = await rig.connect('cn-flagship-14');
    other.state.props['ro.serialno'] = 'PSVIRT-OTHER';
    await expect(
      resumeBatch({
        session: rig.service.device(other.serial),
        journal: createJournalOf(dataDir),
        executors: EXECUTORS,
        batchId: killed.id,
        acceptUpdatedSystem: true,
      }),
    ).rejects.toBeInstanceOf(DeviceIdentityMismatch);
  });
});

const createJournalOf = (dataDir: string) => {
  const store = openAppStore({ dataDir });
  stores.push(store);
  return store.journal;
};
