// One step of a snapshot restore before it is numbered and its commands are described: the
// kind, the target (what to bring back) and its en/zh texts; and a skipped one with its reason.
import type { ActionKind, SkippedStep, SkipReason, StepTarget } from '../actions/action-types';
import { SKIP_TEXT } from './plan-draft';
import type { StepText } from './step-text';

export interface RestoreDraft {
  readonly kind: ActionKind;
  readonly target: StepTarget;
  readonly text: StepText;
}

export const restoreSkip = (kind: ActionKind, target: StepTarget, reason: SkipReason): SkippedStep => ({
  kind,
  target,
  reason,
  explanation: SKIP_TEXT[reason],
});
