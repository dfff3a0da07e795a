// Typed failures of an executor. A device refusal stays a CommandFailed (what the seam
// promises) but carries the guidance key the UI explains; a step that cannot run on this
// phone (no op behind a permission, no command on this Android) is StepNotApplicable.
import { CommandFailed } from '../../adb/errors';
import { ApiErrorCode } from '../../../preload/contract/result';
import { PrivacyScopeError } from '../../errors';
import type { SkipReason } from '../action-types';
import type { RefusalGuidance } from '../refusal-guidance';
import { guidanceFor } from '../refusal-guidance';

/** The phone refused a command; `guidance` says what the user can do (refusal-guidance.ts). */
export class ActionRefused extends CommandFailed {
  readonly guidance: RefusalGuidance;

  constructor(
    what: string,
    failure: { deviceMessage: string; exitCode?: number; cause?: unknown; details?: readonly string[] },
  ) {
    super(`${what} was refused by the phone`, failure);
    this.guidance = guidanceFor(failure.deviceMessage);
  }
}

/** The step cannot be carried out on this phone; nothing was changed. */
export class StepNotApplicable extends PrivacyScopeError {
  readonly reason: SkipReason;

  constructor(reason: SkipReason, message: string) {
    super(ApiErrorCode.InvalidArgument, message);
    this.reason = reason;
  }
}
