// Base of every typed error the main process raises on purpose. `code` is what crosses
// the API boundary; the renderer picks a localised explanation from it.
import type { ApiErrorCode } from '../preload/contract';

export class PrivacyScopeError extends Error {
  readonly code: ApiErrorCode;
  readonly details: readonly string[];

  constructor(
    code: ApiErrorCode,
    message: string,
    options: { cause?: unknown; details?: readonly string[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? [];
  }
}
