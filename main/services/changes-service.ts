// Changing a phone from the UI: build a plan from the user's selections on the latest scan,
// apply it (journaled, verified, progress per step, cancellable as a task), list the journal,
// undo (a step, a batch or everything), resume or roll back an interrupted batch. The engine is
// main/actions/apply; this only wires it to the store, the device and the task registry.
import type { ChangeSelection, DeviceRef, JournalBatch, Plan, UndoScope } from '../../preload/contract';
import { applyPlan } from '../actions/apply/apply-plan';
import type { BatchResult, EngineOptions, StepProgress } from '../actions/apply/apply-types';
import { resumeBatch, rollBackBatch } from '../actions/apply/interrupted';
import { undoScope } from '../actions/apply/undo-journal';
import { EXECUTORS } from '../actions/executors';
import { isProtectedPackage } from '../actions/protected-packages';
import { takesAppAway } from '../actions/takes-app-away';
import type { AdbService } from '../adb/adb-service';
import { buildPlan } from '../plan/build-plan';
import type { SettingsService } from './app-services';
import type { DeviceRecords } from './device-records';
import type { ScansService } from './scans-service';
import { listPhoneJournal } from './phone-journal';
import { selectionDrafts } from './selection-drafts';
import { asRequestRefused, RequestRefused } from './service-errors';
import type { AppStore } from './store';
import type { TaskContext, TaskRegistry } from './task-registry';

/** The user accepted acting on batches made before a system update (History's confirmation). */
type BatchConsent = { acceptUpdatedSystem?: boolean };
const consentOf = (request: BatchConsent) =>
  request.acceptUpdatedSystem === undefined ? {} : { acceptUpdatedSystem: request.acceptUpdatedSystem };

export interface ChangesService {
  build(request: {
    device: DeviceRef;
    selections: readonly ChangeSelection[];
    expertOverride?: boolean;
  }): Promise<Plan>;
  apply(request: { device: DeviceRef; plan: Plan; taskId: string }): Promise<JournalBatch>;
  journal(device: DeviceRef): Promise<readonly JournalBatch[]>;
  undo(
    request: BatchConsent & { device: DeviceRef; scope: UndoScope; taskId: string },
  ): Promise<JournalBatch>;
  resume(
    request: BatchConsent & { device: DeviceRef; batchId: string; taskId: string },
  ): Promise<JournalBatch>;
  rollBack(
    request: BatchConsent & { device: DeviceRef; batchId: string; taskId: string },
  ): Promise<JournalBatch>;
}

export const createChangesService = (options: {
  readonly adb: Pick<AdbService, 'device'>;
  readonly store: AppStore;
  readonly records: DeviceRecords;
  readonly scans: Pick<ScansService, 'latestAudit'>;
  readonly settings: Pick<SettingsService, 'get'>;
  readonly tasks: TaskRegistry;
}): ChangesService => {
  const { store, records, tasks } = options;

  const engine = (device: DeviceRef, task: TaskContext): EngineOptions => ({
    session: options.adb.device(device.serial, device.server),
    journal: store.journal,
    executors: EXECUTORS,
    signal: task.signal,
    onProgress: (event: StepProgress) =>
      task.progress({
        phase: 'step',
        fraction: (event.index - (event.type === 'step-finished' ? 0 : 1)) / Math.max(event.total, 1),
        step: { id: event.stepId, index: event.index, total: event.total, status: event.status },
      }),
  });

  const batchOf = async (result: BatchResult): Promise<JournalBatch> => {
    const batch = await store.journal.getBatch(result.batchId);
    if (batch === undefined) throw new RequestRefused(`journal batch ${result.batchId} vanished`);
    return batch;
  };

  /** A batch of this phone (by hardware id, any build), or a refusal; records the sighting. */
  const ownBatch = async (device: DeviceRef, batchId: string): Promise<void> => {
    const batch = await store.journal.getBatch(batchId);
    const { identity } = await records.identify(device);
    if (batch === undefined || batch.device.hardwareId !== identity.hardwareId) {
      throw new RequestRefused(`no journal batch ${batchId} for ${device.serial}`);
    }
  };

  return {
    build: async ({ device, selections, expertOverride }) => {
      const { identity, props } = await records.identify(device);
      const { snapshot, audit } = await options.scans.latestAudit(device);
      const settings = await options.settings.get();
      const expert = expertOverride === true && settings.expertMode === true;
      const sdk = snapshot.device.sdk ?? (Number(props['ro.build.version.sdk']) || 0);
      return buildPlan({
        snapshot: {
          ...snapshot,
          device: { ...snapshot.device, serial: identity.serial, fingerprint: identity.fingerprint },
        },
        findings: [],
        select: { drafts: selectionDrafts({ snapshot, apps: audit.apps, selections }) },
        executors: EXECUTORS,
        context: { session: options.adb.device(device.serial, device.server), sdk },
        isProtectedPackage: (name) => isProtectedPackage(name),
        expertOverride: expert,
        rulesetVersion: audit.summary.rulesetVersion,
      });
    },
    apply: ({ device, plan, taskId }) =>
      tasks.run(taskId, async (task) => {
        if (plan.device.serial !== device.serial) {
          throw new RequestRefused('the plan was made for another phone');
        }
        // A plan comes back from the renderer: hiding, suspending or disabling a protected
        // package (directly or through a restore) needs expert mode now too.
        const expert = (await options.settings.get()).expertMode === true;
        const guarded = plan.steps.find(
          (step) => takesAppAway(step) && isProtectedPackage(step.target.packageName),
        );
        if (guarded !== undefined && !expert) {
          throw new RequestRefused(
            `${guarded.target.packageName} is protected: turn on expert mode to hide, suspend or disable it`,
          );
        }
        return batchOf(await applyPlan({ ...engine(device, task), plan }));
      }),
    journal: async (device) => listPhoneJournal(store, await records.lookup(device)),
    undo: ({ device, scope, taskId, ...consent }) =>
      tasks.run(taskId, async (task) => {
        const options = engine(device, task);
        if ('batchId' in scope) {
          await ownBatch(device, scope.batchId);
          return batchOf(
            await rollBackBatch({ ...options, ...consentOf(consent), batchId: scope.batchId }).catch(
              asRequestRefused,
            ),
          );
        }
        const { props } = await records.identify(device);
        const sdk = Number(props['ro.build.version.sdk']) || 0;
        const engineScope = 'rowId' in scope ? { step: scope.rowId } : { all: true as const };
        return batchOf(
          await undoScope({ ...options, ...consentOf(consent), scope: engineScope, sdk }).catch(
            asRequestRefused,
          ),
        );
      }),
    resume: ({ device, batchId, taskId, ...consent }) =>
      tasks.run(taskId, async (task) => {
        await ownBatch(device, batchId);
        return batchOf(await resumeBatch({ ...engine(device, task), ...consentOf(consent), batchId }));
      }),
    rollBack: ({ device, batchId, taskId, ...consent }) =>
      tasks.run(taskId, async (task) => {
        await ownBatch(device, batchId);
        return batchOf(
          await rollBackBatch({ ...engine(device, task), ...consentOf(consent), batchId }).catch(
            asRequestRefused,
          ),
        );
      }),
  };
};
