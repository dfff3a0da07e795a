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

/** A phone as the journal identifies it: serial plus build fingerprint. */
export interface DeviceIdentity {
  readonly serial: string;
  readonly fingerprint: string;
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
}
