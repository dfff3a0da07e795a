// The main-process implementation of the contract: one validated handler per channel.
// Electron IPC and the browser bridge both serve this same table through `dispatch`.
import type { z } from 'zod';
import type { ApiChannel, ChannelRequest, ChannelResponse } from '../../preload/contract';

export interface HandlerContext {
  /** Where the call came from; handlers rarely care, logs do. */
  readonly via: 'ipc' | 'bridge' | 'test';
  readonly signal?: AbortSignal;
}

export interface ChannelHandler<C extends ApiChannel> {
  /** Validates the untrusted request; its output type must be the contract's request type. */
  readonly schema: z.ZodType<ChannelRequest<C>>;
  readonly handle: (request: ChannelRequest<C>, context: HandlerContext) => Promise<ChannelResponse<C>>;
}

export type HandlerTable = { readonly [C in ApiChannel]: ChannelHandler<C> };
