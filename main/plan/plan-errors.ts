// Typed errors of planning: a policy or plan file that does not validate, or a plan made for
// another phone. They cross the API (the UI shows them), so they extend PrivacyScopeError.
import { ApiErrorCode } from '../../preload/contract/result';
import { PrivacyScopeError } from '../errors';

/** A policy file or plan.json that is not valid JSON or does not match its schema. */
export class PlanFileError extends PrivacyScopeError {
  readonly file: string;

  constructor(options: { file: string; problems: readonly string[]; cause?: unknown }) {
    super(
      ApiErrorCode.InvalidArgument,
      `${options.file} is not valid: ${options.problems.slice(0, 5).join('; ')}`,
      {
        details: options.problems,
        cause: options.cause,
      },
    );
    this.file = options.file;
  }
}

/** The connected phone is not the one the plan (or the journal batch) was made for. */
export class DeviceIdentityMismatch extends PrivacyScopeError {
  constructor(options: { expected: string; actual: string }) {
    super(
      ApiErrorCode.InvalidArgument,
      `This plan was made for ${options.expected}, but the connected phone is ${options.actual}; make a new plan.`,
    );
  }
}

/** A snapshot restore between scans of different users of the phone. */
export class RestoreUserMismatch extends PrivacyScopeError {
  constructor(options: { earlier: number; current: number }) {
    super(
      ApiErrorCode.InvalidArgument,
      `The earlier scan is of user ${options.earlier} but the latest scan is of user ${options.current}; scan user ${options.earlier} first.`,
    );
  }
}
