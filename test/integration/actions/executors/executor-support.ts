// Runs executors against virtual phones through the real adb server: one private server per
// test file, phones connected with `adb connect`, and a full scanDevice snapshot before the
// change and after its undo so "undo restores the exact prior state" is checked on everything
// the reader sees (permissions, flags, ops, enabled/hidden/suspended, special access).
import { createAdbService, type AdbService } from '../../../../main/adb/adb-service';
import type { DeviceSession } from '../../../../main/adb/device-session';
import type { ActionContext, Verification } from '../../../../main/actions/action-executor';
import type {
  ActionKind,
  PlannedStep,
  PriorState,
  SkipReason,
  StepTarget,
} from '../../../../main/actions/action-types';
import { EXECUTORS } from '../../../../main/actions/executors';
import { scanDevice } from '../../../../main/reader/scan';
import { EventHub } from '../../../../main/services/event-hub';
import type { AppOpAccess, DeviceSnapshot } from '../../../../main/snapshot/device-snapshot';
import {
  launchVirtualPhone,
  type LaunchedVirtualPhone,
} from '../../../../main/virtual-phone/launch-virtual-phone';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../../support/private-adb-server';
import { connectPhone, snapshotDifferences } from '../../reader/scan-support';

export interface ExecutorBench {
  readonly server: PrivateAdbServer;
  /** A connected phone of this profile and an ActionContext for it. */
  phone(
    profile: string,
    options?: { runAs?: 'shell' | 'root' },
  ): Promise<{ context: ActionContext; launched: LaunchedVirtualPhone; session: DeviceSession }>;
  teardown(): Promise<void>;
}

/** Like connectPhone, as `adb root` would leave it (pm hide allowed). */
const connectRootPhone = async (server: PrivateAdbServer, profile: string) => {
  const launched = await launchVirtualPhone({ profile, runAs: 'root' });
  const serial = launched.phone.serial;
  await server.adb(['connect', serial]);
  const deadline = Date.now() + 10_000;
  while (!(await server.adb(['devices'])).stdout.includes(`${serial}\tdevice`)) {
    if (Date.now() > deadline) throw new Error(`${serial} never came online`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { ...launched, serial };
};

export const createExecutorBench = async (): Promise<ExecutorBench> => {
  const server = await startPrivateAdbServer();
  const service: AdbService = createAdbService({ port: server.port, events: new EventHub() });
  const launchedPhones: LaunchedVirtualPhone[] = [];
  return {
    server,
    phone: async (profile, options = {}) => {
      const launched =
        options.runAs === 'root'
          ? await connectRootPhone(server, profile)
          : await connectPhone(server, profile);
      launchedPhones.push(launched);
      const session = service.device(launched.serial);
      const sdk = Number(launched.state.props['ro.build.version.sdk']);
      return { context: { session, sdk, timeoutMs: 20_000 }, launched, session };
    },
    teardown: async () => {
      await service.dispose();
      for (const { phone } of launchedPhones) await server.adb(['disconnect', phone.serial]);
      await Promise.all(launchedPhones.map(({ phone }) => phone.close()));
      await server.stop();
    },
  };
};

let nextId = 1;
export const step = (kind: ActionKind, target: StepTarget): PlannedStep => ({
  id: String(nextId++),
  kind,
  target,
  commands: [],
  expected: { en: '', zh: '' },
  undo: { en: '', zh: '' },
});

/**
 * Drops what a change legitimately leaves behind and undo cannot (and should not) take back:
 * - `am force-stop` marks the app stopped.
 * - Parser warnings keep their text but not their line numbers (an extra line shifts them).
 * - Permission flags compare as a set: AOSP keeps them as a bit mask and prints them in bit
 *   order (PackageManager.permissionFlagToString); the virtual phone appends them in the order
 *   they were set.
 * - From Android 10, PermissionPolicyService keeps a runtime permission's op *uid mode* in step
 *   with the grant (allow / foreground when granted, ignore when revoked); the virtual phone
 *   models that on `pm grant|revoke`. Its profiles start without those derived uid modes, and
 *   AOSP's AppOpsService.setUidMode would drop an `allow` equal to the op's default, so a
 *   re-grant leaves a new `Uid mode: OP: allow|foreground` line that a real phone either had
 *   before or would not print. Only such new, grant-consistent uid-mode entries are ignored;
 *   a uid mode that changed, or one left at `ignore`/`deny`, still counts.
 */
const normalise = (snapshot: DeviceSnapshot, reference: DeviceSnapshot): DeviceSnapshot => ({
  ...snapshot,
  warnings: snapshot.warnings.map(({ line: _line, ...warning }) => warning),
  apps: snapshot.apps.map((app) => {
    const before = reference.apps.find((candidate) => candidate.packageName === app.packageName);
    const hadUidMode = (op: string): boolean =>
      before?.appOps.some((entry) => entry.uidMode === true && entry.op === op) ?? false;
    const derived = (entry: AppOpAccess): boolean =>
      entry.uidMode === true &&
      !hadUidMode(entry.op) &&
      (entry.mode === 'allow' || entry.mode === 'foreground');
    return {
      ...app,
      stopped: false,
      permissions: app.permissions.map((entry) => ({ ...entry, flags: [...entry.flags].sort() })),
      appOps: app.appOps.filter((entry) => !derived(entry)),
    };
  }),
});

export const differences = (before: DeviceSnapshot, after: DeviceSnapshot): string[] =>
  snapshotDifferences(normalise(before, before), normalise(after, before), { toleranceMs: 60_000 });

export interface CycleResult {
  readonly skip: SkipReason | undefined;
  readonly prior: PriorState;
  readonly verification: Verification;
  readonly afterApply: DeviceSnapshot;
  /** Differences between the snapshot before apply and after undo (should be none). */
  readonly leftOver: string[];
}

/** check → readPrior → apply → verify → undo, with a full snapshot (of the step's user) before and after. */
export const runCycle = async (context: ActionContext, planned: PlannedStep): Promise<CycleResult> => {
  const executor = EXECUTORS[planned.kind];
  const skip = await executor.check(context, planned);
  const scanOptions = { userId: planned.target.userId };
  const before = await scanDevice(context.session, scanOptions);
  const prior = await executor.readPrior(context, planned);
  await executor.apply(context, planned, prior);
  const verification = await executor.verify(context, planned, prior);
  const afterApply = await scanDevice(context.session, scanOptions);
  await executor.undo(context, planned, prior);
  const after = await scanDevice(context.session, scanOptions);
  return { skip, prior, verification, afterApply, leftOver: differences(before, after) };
};

export const appOf = (snapshot: DeviceSnapshot, packageName: string) =>
  snapshot.apps.find((app) => app.packageName === packageName);
