// The apps × permission-groups matrix of the overview heat map: for each app with a granted
// runtime permission, how many permissions of each group it holds and whether any of them is
// judged excess (an `excess-grant` or `background-location` finding on it).
import type { AuditedApp } from '../../../../preload/contract';
import { isPlatformComponent } from './app-kinds';

/** Column order: the most sensitive groups first; unknown groups follow alphabetically. */
export const GROUP_ORDER: readonly string[] = [
  'LOCATION',
  'CAMERA',
  'MICROPHONE',
  'CONTACTS',
  'PHONE',
  'CALL_LOG',
  'SMS',
  'CALENDAR',
  'STORAGE',
  'READ_MEDIA_VISUAL',
  'READ_MEDIA_AURAL',
  'NEARBY_DEVICES',
  'ACTIVITY_RECOGNITION',
  'SENSORS',
  'NOTIFICATIONS',
];

const EXCESS_KINDS: ReadonlySet<string> = new Set(['excess-grant', 'background-location']);

export interface HeatCell {
  readonly group: string;
  /** Granted runtime permissions of this group. */
  readonly granted: number;
  readonly excess: boolean;
}

export interface HeatRow {
  readonly packageName: string;
  readonly score: number;
  readonly cells: readonly HeatCell[];
  readonly excessGroups: number;
}

export interface HeatMapMatrix {
  readonly groups: readonly string[];
  readonly rows: readonly HeatRow[];
  /** Rows before `limit`. */
  readonly totalRows: number;
  /** Per group (same order): apps holding it, and apps holding it beyond need (all rows). */
  readonly totals: readonly { readonly group: string; readonly granted: number; readonly excess: number }[];
}

export interface HeatMapOptions {
  readonly includeSystem?: boolean;
  /** Keep the first N rows (riskiest first). */
  readonly limit?: number;
}

const groupRank = (group: string): number => {
  const index = GROUP_ORDER.indexOf(group);
  return index === -1 ? GROUP_ORDER.length : index;
};

export const compareGroups = (a: string, b: string): number =>
  groupRank(a) - groupRank(b) || a.localeCompare(b);

const appGroups = (app: AuditedApp): { granted: Map<string, number>; excess: Set<string> } => {
  const granted = new Map<string, number>();
  const groupOf = new Map<string, string>();
  for (const permission of app.permissions) {
    if (permission.group === undefined) continue;
    groupOf.set(permission.name, permission.group);
    if (permission.type === 'runtime' && permission.granted)
      granted.set(permission.group, (granted.get(permission.group) ?? 0) + 1);
  }
  const excess = new Set<string>();
  for (const finding of app.findings) {
    if (!EXCESS_KINDS.has(finding.kind) || finding.subject.type !== 'permission') continue;
    const group = groupOf.get(finding.subject.name) ?? finding.subject.group;
    if (group !== undefined && granted.has(group)) excess.add(group);
  }
  return { granted, excess };
};

export const heatMapMatrix = (apps: readonly AuditedApp[], options: HeatMapOptions = {}): HeatMapMatrix => {
  const perApp = apps
    .filter((app) => options.includeSystem === true || !isPlatformComponent(app))
    .map((app) => ({ app, ...appGroups(app) }))
    .filter((entry) => entry.granted.size > 0);
  const groups = [...new Set(perApp.flatMap((entry) => [...entry.granted.keys()]))].sort(compareGroups);
  const rows: HeatRow[] = perApp.map(({ app, granted, excess }) => ({
    packageName: app.packageName,
    score: app.score,
    excessGroups: excess.size,
    cells: groups.map((group) => ({ group, granted: granted.get(group) ?? 0, excess: excess.has(group) })),
  }));
  rows.sort(
    (a, b) =>
      b.score - a.score || b.excessGroups - a.excessGroups || a.packageName.localeCompare(b.packageName),
  );
  const totals = groups.map((group, index) => ({
    group,
    granted: rows.filter((row) => (row.cells[index]?.granted ?? 0) > 0).length,
    excess: rows.filter((row) => row.cells[index]?.excess === true).length,
  }));
  const limit = options.limit ?? rows.length;
  return { groups, rows: rows.slice(0, limit), totalRows: rows.length, totals };
};
