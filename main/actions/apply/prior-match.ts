// Whether the phone, read back after an undo, shows exactly the recorded prior state. Only the
// fields the prior recorded are compared (`method` says how a step acted, not a state); flag
// lists compare as sets.
import type { PriorState } from '../action-types';

const normalise = (key: string, value: unknown): unknown =>
  key === 'flags' && Array.isArray(value) ? [...(value as string[])].sort() : value;

export const matchesPrior = (prior: PriorState, observed: PriorState): boolean =>
  Object.entries(prior).every(([key, value]) => {
    if (key === 'method' || value === undefined) return true;
    const seen = (observed as Record<string, unknown>)[key];
    return JSON.stringify(normalise(key, value)) === JSON.stringify(normalise(key, seen));
  });
