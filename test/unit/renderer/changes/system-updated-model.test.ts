// The History view's reading of "system updated since": distinct build changes, which batches
// still wait for the user's confirmation, and what a confirmed request carries.
import { describe, expect, it } from 'vitest';
import type { JournalBatch } from '../../../../preload/contract';
import {
  awaitsUpdateConsent,
  systemUpdates,
  updateConsent,
} from '../../../../renderer/src/views/history/system-updated-model';

const batch = (id: string, systemUpdated?: JournalBatch['systemUpdated']): JournalBatch => ({
  id,
  device: { serial: 's', fingerprint: systemUpdated?.batchFingerprint ?? 'b', hardwareId: 'HW' },
  kind: 'apply',
  plan: {
    schemaVersion: 1,
    id: 'p',
    createdAtMs: 0,
    device: { serial: 's', sdk: 34 },
    steps: [],
    skipped: [],
  },
  state: 'interrupted',
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z',
  steps: [],
  ...(systemUpdated === undefined ? {} : { systemUpdated }),
});

describe('system updated since', () => {
  const a = { batchFingerprint: 'a', currentFingerprint: 'c' };
  const b = { batchFingerprint: 'b', currentFingerprint: 'c' };

  it('lists each build change once, in list order', () => {
    expect(systemUpdates([batch('1', a), batch('2'), batch('3', b), batch('4', { ...a })])).toEqual([a, b]);
    expect(systemUpdates([batch('1')])).toEqual([]);
  });

  it('keeps resume and roll back of an updated batch waiting until the user confirmed', () => {
    expect(awaitsUpdateConsent(batch('1', a), false)).toBe(true);
    expect(awaitsUpdateConsent(batch('1', a), true)).toBe(false);
    expect(awaitsUpdateConsent(batch('2'), false)).toBe(false);
    expect(updateConsent(true)).toEqual({ acceptUpdatedSystem: true });
    expect(updateConsent(false)).toEqual({});
  });
});
