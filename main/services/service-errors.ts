// Typed failures of the use-case services, as they cross the API (code → localised text).
import { ApiErrorCode } from '../../preload/contract/result';
import { PrivacyScopeError } from '../errors';

type ErrorOptions = { cause?: unknown; details?: readonly string[] };

/** The request is well formed but cannot be served (unknown scan, nothing to undo…). */
export class RequestRefused extends PrivacyScopeError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(ApiErrorCode.InvalidArgument, message, options);
  }
}

/** A task with this id is still running. */
export class TaskAlreadyRunning extends PrivacyScopeError {
  constructor(taskId: string) {
    super(ApiErrorCode.InvalidArgument, `task ${taskId} is already running`);
  }
}

/** The phone has not been scanned yet (or its history is for another phone). */
export class NoScanYet extends PrivacyScopeError {
  constructor(serial: string) {
    super(ApiErrorCode.InvalidArgument, `no scan of ${serial} yet: scan the phone first`);
  }
}

/** Wraps foreign errors (rules, undo) that carry a user-facing problem as invalid-argument. */
export const asRequestRefused = (error: unknown): never => {
  if (error instanceof PrivacyScopeError) throw error;
  const message = error instanceof Error ? error.message : String(error);
  throw new RequestRefused(message, { cause: error });
};

/** The process was composed without the use-case services (a small test fake). */
export class ServiceUnavailable extends PrivacyScopeError {
  constructor(what: string) {
    super(ApiErrorCode.Internal, `${what} is not available in this process`);
  }
}
