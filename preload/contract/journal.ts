// The action journal as the API shows it (History view): one batch per applied plan or undo
// run, one step row per planned step, written before the step touches the phone.
import type {
  ActionKind,
  Plan,
  PlannedStep,
  PriorState,
  StepOutcome,
  StepStatus,
  StepTarget,
} from './actions';

export const BatchState = {
  Open: 'open',
  Completed: 'completed',
  RolledBack: 'rolled-back',
  Interrupted: 'interrupted',
} as const;
export type BatchState = (typeof BatchState)[keyof typeof BatchState];

export type BatchKind = 'apply' | 'undo';

/**
 * A phone as the journal identifies it: its stable hardware id (ro.serialno / ro.boot.serialno,
 * else the adb serial) and the build it ran (ro.build.fingerprint); `serial` is the adb serial
 * it was last seen under (a wireless phone's port may change).
 */
export interface DeviceIdentity {
  readonly serial: string;
  readonly fingerprint: string;
  /** Always set by main (since schema 0004); optional so older fixtures still type-check. */
  readonly hardwareId?: string;
}

/** A batch made on another build than the phone runs now (a system update since). */
export interface SystemUpdatedSince {
  /** The build the batch was made on. */
  readonly batchFingerprint: string;
  /** The build the phone runs now (or was last seen with). */
  readonly currentFingerprint: string;
}

export interface JournalStep {
  /** Row id: unique across the journal (what `undo --step` takes). */
  readonly rowId: number;
  readonly batchId: string;
  readonly stepId: string;
  readonly position: number;
  readonly kind: ActionKind;
  readonly target: StepTarget;
  readonly step: PlannedStep;
  readonly status: StepStatus;
  readonly prior?: PriorState;
  readonly outcome?: StepOutcome;
  /** For undo steps: the row they undo. */
  readonly undoOf?: number;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly updatedAt: string;
}

export interface JournalBatch {
  readonly id: string;
  readonly device: DeviceIdentity;
  readonly kind: BatchKind;
  readonly plan: Plan;
  readonly state: BatchState;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly steps: readonly JournalStep[];
  /**
   * Set when the phone's system was updated since this batch was made: resume, roll back and
   * undo of it need `acceptUpdatedSystem: true` in the request.
   */
  readonly systemUpdated?: SystemUpdatedSince;
}
