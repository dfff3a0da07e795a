// zod's inferred output spells optional keys as `key?: T | undefined`, which strict
// exactOptionalPropertyTypes will not assign to the contract's `key?: T`. The schemas are
// written to match the contract; this states it once instead of at every channel.
import type { z } from 'zod';
import type { ApiChannel, ChannelRequest } from '../../../preload/contract';

export const requestSchema = <C extends ApiChannel>(schema: z.ZodType): z.ZodType<ChannelRequest<C>> =>
  schema as z.ZodType<ChannelRequest<C>>;
