// "Restore this scan" in History hands the plan view a restore request through the phone store;
// choosing another phone drops it with the rest of that phone's state.
import { beforeEach, describe, expect, it } from 'vitest';
import { usePhoneStore } from '../../../../renderer/src/state/phone-store';

const store = usePhoneStore;

describe('the restore request', () => {
  beforeEach(() => {
    store.getState().selectDevice(undefined);
    store.getState().selectDevice({ serial: 'phone-a' });
  });

  it('is kept next to the selections until cleared', () => {
    store.getState().toggleSelection({ packageName: 'p', action: 'revoke', subject: 'CAMERA' });
    store.getState().requestRestore({ scanId: 3, takenAtMs: 1_000 });
    expect(store.getState().restore).toEqual({ scanId: 3, takenAtMs: 1_000 });
    expect(store.getState().selections).toHaveLength(1);
    store.getState().clearRestore();
    expect(store.getState().restore).toBeUndefined();
    expect(store.getState().selections).toHaveLength(1);
  });

  it('belongs to one phone: selecting another phone drops it, re-selecting the same keeps it', () => {
    store.getState().requestRestore({ scanId: 3, takenAtMs: 1_000 });
    store.getState().selectDevice({ serial: 'phone-a' });
    expect(store.getState().restore?.scanId).toBe(3);
    store.getState().selectDevice({ serial: 'phone-b' });
    expect(store.getState().restore).toBeUndefined();
  });
});
