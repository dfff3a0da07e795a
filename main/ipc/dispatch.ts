// Runs one call against the handler table: checks the channel, validates the argument as
// `unknown`, and always answers with a result envelope — never a thrown exception.
import { ApiErrorCode, isApiChannel } from '../../preload/contract';
import type { ApiChannel, ApiErrorData, ApiResult } from '../../preload/contract';
import { PrivacyScopeError } from '../errors';
import type { ChannelHandler, HandlerContext, HandlerTable } from './handler-table';

export interface DispatchOptions {
  readonly table: HandlerTable;
  readonly channel: unknown;
  readonly request: unknown;
  readonly context: HandlerContext;
  /** Called with unexpected errors (not PrivacyScopeError), e.g. to log them. */
  readonly onUnexpectedError?: (error: unknown, channel: ApiChannel) => void;
}

export const toApiError = (error: unknown): ApiErrorData => {
  if (error instanceof PrivacyScopeError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.details.length ? { details: error.details } : {}),
    };
  }
  return { code: ApiErrorCode.Internal, message: 'Unexpected internal error' };
};

export const dispatch = async (options: DispatchOptions): Promise<ApiResult<unknown>> => {
  const { table, channel, request, context } = options;
  if (!isApiChannel(channel)) {
    return { ok: false, error: { code: ApiErrorCode.UnknownChannel, message: 'Unknown API channel' } };
  }
  const handler = table[channel] as ChannelHandler<ApiChannel>;
  const parsed = handler.schema.safeParse(request);
  if (!parsed.success) {
    const details = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`,
    );
    return {
      ok: false,
      error: { code: ApiErrorCode.InvalidArgument, message: `Invalid argument for ${channel}`, details },
    };
  }
  try {
    return { ok: true, value: await handler.handle(parsed.data as never, context) };
  } catch (error) {
    if (!(error instanceof PrivacyScopeError)) options.onUnexpectedError?.(error, channel);
    return { ok: false, error: toApiError(error) };
  }
};
