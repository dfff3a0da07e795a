// What the action journal holds: one batch per applied plan (or undo run), one step row per
// planned step. Rows are written before a step touches the phone (status `running`, with its
// target) and updated with the prior state and the outcome, so after a crash the journal says
// exactly which step may have been half done.
// The batch and step shapes are part of the API contract (the History view shows them).
import type { Plan, PriorState, StepOutcome, StepStatus } from '../actions/action-types';
import type {
  BatchKind,
  BatchState,
  DeviceIdentity,
  JournalBatch,
  JournalStep,
} from '../../preload/contract/journal';

import type { DeviceLocks } from './device-locks';

export type {
  BatchKind,
  DeviceIdentity,
  JournalBatch,
  JournalStep,
  SystemUpdatedSince,
} from '../../preload/contract/journal';
export { BatchState } from '../../preload/contract/journal';

/** A phone as main identifies it: the contract's identity with its hardware id always known. */
export interface PhoneIdentity extends DeviceIdentity {
  readonly hardwareId: string;
  /** Where the hardware id came from: ro.serialno (ro.boot.serialno), or the adb serial. */
  readonly identitySource?: 'property' | 'adb-serial';
}

export interface OpenBatchInput {
  readonly id: string;
  readonly device: PhoneIdentity;
  readonly kind: BatchKind;
  readonly plan: Plan;
  /** Undo batches: planned step id → the journal row it undoes. */
  readonly undoOf?: ReadonlyMap<string, number>;
}

export interface StepKey {
  readonly batchId: string;
  readonly stepId: string;
}

/** The journal as the apply engine sees it (async: SQLite may move to a worker). */
export interface Journal {
  /** Creates the batch (state open) with every step `pending`, in one transaction. */
  openBatch(input: OpenBatchInput): Promise<JournalBatch>;
  /** Intent: recorded before the step touches the phone. */
  markRunning(key: StepKey): Promise<void>;
  recordPrior(key: StepKey & { readonly prior: PriorState }): Promise<void>;
  recordOutcome(key: StepKey & { readonly outcome: StepOutcome }): Promise<void>;
  /** Sets a step's status alone (an original step becomes `undone` after its undo verified). */
  setStepStatus(options: { readonly rowId: number; readonly status: StepStatus }): Promise<void>;
  setBatchState(options: { readonly batchId: string; readonly state: BatchState }): Promise<void>;
  getBatch(batchId: string): Promise<JournalBatch | undefined>;
  /** Every batch for the phone (all the builds it ran), newest first. */
  listBatches(phone: { readonly hardwareId: string }): Promise<readonly JournalBatch[]>;
  getStep(rowId: number): Promise<JournalStep | undefined>;
  /** The device leases, kept in the same store so every process sharing it sees them. */
  readonly locks: DeviceLocks;
}
