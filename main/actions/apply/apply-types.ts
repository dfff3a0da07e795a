// Options and events of the apply engine (apply, undo, resume, roll back).
import type { DeviceSession } from '../../adb/device-session';
import type { Journal } from '../../journal/journal-types';
import type { ActionExecutor } from '../action-executor';
import type { ActionKind, StepStatus } from '../action-types';
import type { LeaseEnvironment } from './device-lease';

export interface StepProgress {
  readonly type: 'step-started' | 'step-finished';
  readonly batchId: string;
  readonly stepId: string;
  /** 1-based position and the batch's step count. */
  readonly index: number;
  readonly total: number;
  readonly kind: ActionKind;
  readonly status: StepStatus;
}

export interface EngineOptions {
  readonly session: DeviceSession;
  readonly journal: Journal;
  readonly executors: Readonly<Record<ActionKind, ActionExecutor>>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: StepProgress) => void;
  /** Per-command timeout handed to executors (ms). */
  readonly timeoutMs?: number;
  /** Stop the batch at the first failed or refused step (default: continue). */
  readonly stopOnFailure?: boolean;
  /** How the device lease judges other holders (default: this process and host). */
  readonly leaseEnvironment?: LeaseEnvironment;
}

/** Resume, roll back and undo of batches made on another build of the phone need this. */
export interface UpdatedSystemConsent {
  /** The user accepted acting on changes made before a system update. */
  readonly acceptUpdatedSystem?: boolean;
}

export interface BatchResult {
  readonly batchId: string;
  /** completed, or interrupted (cancelled / connection lost: resume or roll back later). */
  readonly state: 'completed' | 'interrupted' | 'rolled-back';
  readonly counts: Readonly<Partial<Record<StepStatus, number>>>;
}
