// One kind of change, as do → verify → undo over a device session. Executors never decide
// *whether* to act (the plan did) and never journal (the apply engine records intent before
// `apply` and the outcome after `verify`). Every command they send is built with
// shellCommand()/arg from main/adb/shell-arguments.
import type { DeviceSession } from '../adb/device-session';
import type { PlannedStep, PriorState, SkipReason } from './action-types';

export interface ActionContext {
  readonly session: DeviceSession;
  /** ro.build.version.sdk of the phone. */
  readonly sdk: number;
  readonly signal?: AbortSignal;
  /** Per-command timeout (ms). */
  readonly timeoutMs?: number;
}

export interface Verification {
  /** True when the phone now shows the intended state. */
  readonly ok: boolean;
  readonly observed: PriorState;
}

export interface ActionExecutor {
  /** Whether this step can run on this phone, and if not why (checked while planning). */
  readonly check: (context: ActionContext, step: PlannedStep) => Promise<SkipReason | undefined>;
  /** The shell commands `apply` will run, as text, for the plan preview. */
  readonly describe: (step: PlannedStep, sdk: number) => readonly string[];
  /** Reads exactly the state `undo` must restore. */
  readonly readPrior: (context: ActionContext, step: PlannedStep) => Promise<PriorState>;
  /** Changes the phone. Throws the ADB layer's typed errors; a device refusal is CommandFailed. */
  readonly apply: (context: ActionContext, step: PlannedStep, prior: PriorState) => Promise<void>;
  /** Reads the state back (a command that printed nothing but changed nothing is caught here). */
  readonly verify: (context: ActionContext, step: PlannedStep, prior: PriorState) => Promise<Verification>;
  /** Restores `prior` exactly (grant, flags, op modes, settings, enabled/hidden/suspended). */
  readonly undo: (context: ActionContext, step: PlannedStep, prior: PriorState) => Promise<void>;
}
