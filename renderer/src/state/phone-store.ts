// The phone the user is looking at, its latest audited scan, and the changes they picked
// (the cart a plan is built from) or the earlier scan they asked to restore (History → Plan).
// One small store shared by the views; main owns the truth — this only caches what the API
// returned.
import { create } from 'zustand';
import type { AuditedScan, ChangeSelection, DeviceRef } from '../../../preload/contract';

/** An earlier stored scan of the current phone to bring it back to (`plan:restore`). */
export interface RestoreRequest {
  readonly scanId: number;
  readonly takenAtMs: number;
}

export interface PhoneState {
  readonly device: DeviceRef | undefined;
  readonly scan: AuditedScan | undefined;
  readonly selections: readonly ChangeSelection[];
  /** When set, the plan view reviews this restore instead of the selections. */
  readonly restore: RestoreRequest | undefined;
  readonly selectDevice: (device: DeviceRef | undefined) => void;
  readonly setScan: (scan: AuditedScan | undefined) => void;
  readonly toggleSelection: (selection: ChangeSelection) => void;
  readonly setSelections: (selections: readonly ChangeSelection[]) => void;
  readonly clearSelections: () => void;
  readonly requestRestore: (restore: RestoreRequest) => void;
  readonly clearRestore: () => void;
}

export const sameSelection = (a: ChangeSelection, b: ChangeSelection): boolean =>
  a.packageName === b.packageName && a.action === b.action && a.subject === b.subject;

const sameDevice = (a: DeviceRef | undefined, b: DeviceRef | undefined): boolean =>
  a?.serial === b?.serial && a?.server === b?.server;

export const usePhoneStore = create<PhoneState>()((set) => ({
  device: undefined,
  scan: undefined,
  selections: [],
  restore: undefined,
  selectDevice: (device) =>
    set((state) =>
      sameDevice(state.device, device)
        ? state
        : { device, scan: undefined, selections: [], restore: undefined },
    ),
  setScan: (scan) => set({ scan }),
  toggleSelection: (selection) =>
    set((state) => ({
      selections: state.selections.some((entry) => sameSelection(entry, selection))
        ? state.selections.filter((entry) => !sameSelection(entry, selection))
        : [...state.selections, selection],
    })),
  setSelections: (selections) => set({ selections }),
  clearSelections: () => set({ selections: [] }),
  requestRestore: (restore) => set({ restore }),
  clearRestore: () => set({ restore: undefined }),
}));
