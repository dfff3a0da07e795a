// One table row per app: everything the Apps view shows, filters and sorts on, computed once per
// scan, rules and language so a keystroke only runs cheap string and number comparisons.
import type {
  AuditedApp,
  AuditedScan,
  Language,
  LocalisedText,
  Severity,
} from '../../../../preload/contract';
import { displayName, knownNames } from './display-name';
import type { SpecialAccessKey } from './special-access-index';
import { indexSpecialAccess } from './special-access-index';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 4, medium: 3, low: 2, info: 1 };

export const APP_STATES = ['enabled', 'disabled', 'hidden', 'suspended'] as const;
export type AppState = (typeof APP_STATES)[number];

export type CategoryNames = ReadonlyMap<string, LocalisedText>;

export interface AppRow {
  readonly app: AuditedApp;
  readonly packageName: string;
  readonly name: string;
  readonly hasKnownName: boolean;
  readonly categoryId: string;
  readonly categoryName: string;
  readonly confidence: number;
  readonly score: number;
  readonly worstSeverity: Severity | undefined;
  /** 0 without findings, 1 (info) … 4 (high). */
  readonly severityRank: number;
  readonly grantedCount: number;
  readonly grantedGroups: ReadonlySet<string>;
  readonly lastUsedMs: number | undefined;
  readonly specialAccess: readonly SpecialAccessKey[];
  readonly states: readonly AppState[];
  readonly isSystem: boolean;
  /** Lower-cased package, names and category names in both languages, for instant search. */
  readonly searchText: string;
}

export const categoryName = (names: CategoryNames, id: string, language: Language): string => {
  const name = names.get(id);
  if (name === undefined) return id;
  return language === 'zh-CN' ? name.zh : name.en;
};

const statesOf = (app: AuditedApp): AppState[] => {
  const states: AppState[] = [];
  const disabled = app.enabled !== 'default' && app.enabled !== 'enabled';
  if (disabled) states.push('disabled');
  if (app.hidden) states.push('hidden');
  if (app.suspended) states.push('suspended');
  if (states.length === 0) states.push('enabled');
  return states;
};

export const worstSeverity = (app: AuditedApp): Severity | undefined => {
  let worst: Severity | undefined;
  for (const finding of app.findings) {
    if (worst === undefined || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst])
      worst = finding.severity;
  }
  return worst;
};

export const buildAppRows = (options: {
  readonly scan: Pick<AuditedScan, 'apps' | 'specialAccess'>;
  readonly categoryNames: CategoryNames;
  readonly language: Language;
}): AppRow[] => {
  const { scan, categoryNames: names, language } = options;
  const access = indexSpecialAccess(scan);
  return scan.apps.map((app) => {
    const known = knownNames(app);
    const category = names.get(app.category.id);
    const granted = app.permissions.filter(
      (permission) => permission.type === 'runtime' && permission.granted,
    );
    const worst = worstSeverity(app);
    const searchText = [
      app.packageName,
      known.en,
      known.zh,
      known.label,
      app.category.id,
      category?.en,
      category?.zh,
    ]
      .filter((part) => part !== undefined)
      .join('\n')
      .toLowerCase();
    return {
      app,
      packageName: app.packageName,
      name: displayName(app, language),
      hasKnownName: known.en !== undefined || known.zh !== undefined || known.label !== undefined,
      categoryId: app.category.id,
      categoryName: categoryName(names, app.category.id, language),
      confidence: app.category.confidence,
      score: app.score,
      worstSeverity: worst,
      severityRank: worst === undefined ? 0 : SEVERITY_RANK[worst],
      grantedCount: granted.length,
      grantedGroups: new Set(granted.flatMap((permission) => permission.group ?? [])),
      lastUsedMs: app.lastUsedMs,
      specialAccess: access.get(app.packageName) ?? [],
      states: statesOf(app),
      isSystem: app.isSystem,
      searchText,
    };
  });
};
