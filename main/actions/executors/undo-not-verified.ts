// Undo reads the phone back; when it does not show the prior state this typed error says
// what differs (the journal keeps the step as not undone).
import { ApiErrorCode } from '../../../preload/contract/result';
import { PrivacyScopeError } from '../../errors';
import type { PriorState } from '../action-types';

export class UndoNotVerified extends PrivacyScopeError {
  readonly expected: PriorState;
  readonly observed: PriorState;

  constructor(what: string, states: { expected: PriorState; observed: PriorState }) {
    super(ApiErrorCode.CommandFailed, `undo of ${what} did not restore the prior state`, {
      details: [`expected ${JSON.stringify(states.expected)}`, `observed ${JSON.stringify(states.observed)}`],
    });
    this.expected = states.expected;
    this.observed = states.observed;
  }
}
