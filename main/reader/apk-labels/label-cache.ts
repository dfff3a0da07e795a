// Which labels a scan can take from the previous one: an app keeps its label while its
// version code, last update time and code path stay the same (an update or reinstall changes
// at least one). Both found labels and "read, none" (null) are reused. Pure.
import type { AppEntry, AppLabel } from '../../snapshot/device-snapshot';

type LabelKeyed = Pick<AppEntry, 'packageName' | 'versionCode' | 'lastUpdateMs' | 'codePath'>;

export const labelKey = (app: LabelKeyed): string =>
  JSON.stringify([app.packageName, app.versionCode ?? null, app.lastUpdateMs ?? null, app.codePath ?? null]);

/** Label per key from the previous scan's apps (only apps whose label was read). */
export const previousLabels = (apps: readonly AppEntry[] | undefined): Map<string, AppLabel | null> => {
  const labels = new Map<string, AppLabel | null>();
  for (const app of apps ?? []) if (app.label !== undefined) labels.set(labelKey(app), app.label);
  return labels;
};
