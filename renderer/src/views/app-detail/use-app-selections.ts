// The changes picked for one app, read from and written to the phone store.
import { useCallback } from 'react';
import type { ChangeSelection } from '../../../../preload/contract';
import { sameSelection, usePhoneStore } from '../../state/phone-store';
import { removeSelections } from '../apps/bulk-selections';

type Action = ChangeSelection['action'];

export interface AppSelections {
  readonly isPicked: (action: Action, subject?: string) => boolean;
  readonly toggle: (action: Action, subject?: string) => void;
  /** Drops every pick on `subject` (the "keep" choice). */
  readonly keep: (subject: string) => void;
}

const selectionOf = (packageName: string, action: Action, subject?: string): ChangeSelection =>
  subject === undefined ? { packageName, action } : { packageName, action, subject };

export const useAppSelections = (packageName: string): AppSelections => {
  const selections = usePhoneStore((state) => state.selections);
  const toggleSelection = usePhoneStore((state) => state.toggleSelection);
  const setSelections = usePhoneStore((state) => state.setSelections);
  const isPicked = useCallback(
    (action: Action, subject?: string) =>
      selections.some((entry) => sameSelection(entry, selectionOf(packageName, action, subject))),
    [selections, packageName],
  );
  const toggle = useCallback(
    (action: Action, subject?: string) => {
      // Revoke and stand-in of one permission exclude each other.
      const other: Action | undefined =
        action === 'revoke' ? 'stand-in' : action === 'stand-in' ? 'revoke' : undefined;
      if (other !== undefined && subject !== undefined) {
        const current = usePhoneStore.getState().selections;
        setSelections(
          removeSelections(current, (entry) =>
            sameSelection(entry, selectionOf(packageName, other, subject)),
          ),
        );
      }
      toggleSelection(selectionOf(packageName, action, subject));
    },
    [packageName, setSelections, toggleSelection],
  );
  const keep = useCallback(
    (subject: string) =>
      setSelections(
        removeSelections(
          usePhoneStore.getState().selections,
          (entry) => entry.packageName === packageName && entry.subject === subject,
        ),
      ),
    [packageName, setSelections],
  );
  return { isPicked, toggle, keep };
};
