// The changes a bulk action picks for the selected apps, merged into the phone store's
// selections without duplicates (the Plan view turns them into a plan).
import type { AuditedApp, ChangeSelection } from '../../../../preload/contract';
import { sameSelection } from '../../state/phone-store';

const EXCESS_KINDS: ReadonlySet<string> = new Set(['excess-grant', 'background-location']);

/** Every excess grant of these apps, with the action its finding recommends (revoke or stand-in). */
export const excessGrantSelections = (apps: readonly AuditedApp[]): ChangeSelection[] =>
  apps.flatMap((app) =>
    app.findings.flatMap((finding): ChangeSelection[] =>
      EXCESS_KINDS.has(finding.kind) &&
      finding.subject.type === 'permission' &&
      (finding.action === 'revoke' || finding.action === 'stand-in')
        ? [{ packageName: app.packageName, action: finding.action, subject: finding.subject.name }]
        : [],
    ),
  );

export const hideSelections = (apps: readonly AuditedApp[]): ChangeSelection[] =>
  apps.map((app) => ({ packageName: app.packageName, action: 'hide' }));

/** `current` plus those of `added` it does not have yet, in order. */
export const mergeSelections = (
  current: readonly ChangeSelection[],
  added: readonly ChangeSelection[],
): ChangeSelection[] => {
  const merged = [...current];
  for (const selection of added) {
    if (!merged.some((entry) => sameSelection(entry, selection))) merged.push(selection);
  }
  return merged;
};

/** `current` without any selection matching `predicate`. */
export const removeSelections = (
  current: readonly ChangeSelection[],
  predicate: (selection: ChangeSelection) => boolean,
): ChangeSelection[] => current.filter((selection) => !predicate(selection));
