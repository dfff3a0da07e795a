// Which planned steps take an app away from the user: hiding it (any method of the hide ladder)
// or a restore that puts it back into a hidden, suspended or disabled state. These are the
// steps a protected package (system UI, launcher, dialer…) must never get without expert mode.
import type { PlannedStep } from './action-types';

const DISABLED_STATES: ReadonlySet<string> = new Set(['disabled', 'disabled-user', 'disabled-until-used']);

export const takesAppAway = (step: Pick<PlannedStep, 'kind' | 'target'>): boolean => {
  if (step.kind === 'hide-app') return true;
  if (step.kind !== 'restore-app-state') return false;
  const state = step.target.appState;
  if (state === undefined) return false;
  return (
    state.hidden === true ||
    state.suspended === true ||
    state.installed === false ||
    (state.enabled !== undefined && DISABLED_STATES.has(state.enabled))
  );
};
