// The steps an undo, resume or roll back will run, known from the journal before it starts, so
// History shows one progress row per step (as apply does with its plan). Mirrors main's engine
// (actions/apply/undo-steps, undo-journal, interrupted): undo runs the undoable steps newest
// first, each as step `undo-<rowId>`; resume runs the batch's unfinished steps in order.
import type {
  ActionKind,
  JournalBatch,
  JournalStep,
  StepTarget,
  UndoScope,
} from '../../../../preload/contract';
import { isUndoableStep } from './history-model';

export type HistoryWork = (
  | { readonly kind: 'undo'; readonly scope: UndoScope }
  | { readonly kind: 'resume'; readonly batchId: string }
  | { readonly kind: 'rollback'; readonly batchId: string }
) & {
  /** The user confirmed acting on changes made before a system update of the phone. */
  readonly acceptUpdatedSystem?: true;
};

export interface WorkStep {
  /** The step id main reports in `task:progress` (`undo-<rowId>` for undo steps). */
  readonly id: string;
  readonly kind: ActionKind;
  readonly target: StepTarget;
  /** True when the step takes back the journaled step `kind` / `target` describe. */
  readonly undo: boolean;
}

const UNDO_PREFIX = 'undo-';

const undoStep = (step: JournalStep): WorkStep => ({
  id: `${UNDO_PREFIX}${step.rowId}`,
  kind: step.kind,
  target: step.target,
  undo: true,
});

const applyBatches = (batches: readonly JournalBatch[]): readonly JournalBatch[] =>
  batches.filter((batch) => batch.kind === 'apply');

/** The journal steps an undo or roll back takes back. */
const undoTargets = (batches: readonly JournalBatch[], work: HistoryWork): readonly JournalStep[] => {
  if (work.kind === 'rollback') return batches.find((batch) => batch.id === work.batchId)?.steps ?? [];
  if (work.kind !== 'undo') return [];
  const { scope } = work;
  const steps = applyBatches(batches).flatMap((batch) =>
    'batchId' in scope ? (batch.id === scope.batchId ? batch.steps : []) : batch.steps,
  );
  return 'rowId' in scope ? steps.filter((step) => step.rowId === scope.rowId) : steps;
};

/** Every step the work will run, in the order main runs them. */
export const expectedWorkSteps = (
  batches: readonly JournalBatch[],
  work: HistoryWork,
): readonly WorkStep[] => {
  if (work.kind === 'resume') {
    const batch = batches.find((entry) => entry.id === work.batchId);
    return (batch?.steps ?? [])
      .filter((step) => step.status === 'pending' || step.status === 'running')
      .map((step) => ({ id: step.stepId, kind: step.kind, target: step.target, undo: false }));
  }
  return undoTargets(batches, work)
    .filter(isUndoableStep)
    .toSorted((a, b) => b.rowId - a.rowId)
    .map(undoStep);
};

/** A step main reported that the journal read before the start did not predict. */
export const workStepById = (
  batches: readonly JournalBatch[],
  work: HistoryWork,
  id: string,
): WorkStep | undefined => {
  const steps = batches.flatMap((batch) => batch.steps);
  if (id.startsWith(UNDO_PREFIX)) {
    const rowId = Number(id.slice(UNDO_PREFIX.length));
    const step = steps.find((entry) => entry.rowId === rowId);
    return step === undefined ? undefined : undoStep(step);
  }
  if (work.kind !== 'resume') return undefined;
  const step = steps.find((entry) => entry.batchId === work.batchId && entry.stepId === id);
  return step === undefined ? undefined : { id, kind: step.kind, target: step.target, undo: false };
};

/** The rows to show: the expected steps, then any other step main reported, in report order. */
export const workRows = (options: {
  readonly expected: readonly WorkStep[];
  readonly reportedIds: readonly string[];
  readonly lookUp: (id: string) => WorkStep | undefined;
}): readonly (WorkStep | { readonly id: string })[] => {
  const known = new Set(options.expected.map((step) => step.id));
  const extra = options.reportedIds.filter((id) => !known.has(id)).map((id) => options.lookUp(id) ?? { id });
  return [...options.expected, ...extra];
};

/**
 * Each step's status: the progress events, overridden by the batch main returned at the end
 * (its journal rows are the truth, e.g. for the step that was running when the user cancelled).
 */
export const finalStatuses = (
  reported: Readonly<Record<string, string>>,
  result: JournalBatch | undefined,
): Readonly<Record<string, string>> => ({
  ...reported,
  ...Object.fromEntries((result?.steps ?? []).map((step) => [step.stepId, step.status])),
});
