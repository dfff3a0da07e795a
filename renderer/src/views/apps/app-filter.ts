// Instant search and the filters of the Apps view, as one plain value and one pure function.
import type { Severity } from '../../../../preload/contract';
import type { AppRow, AppState } from './app-row';
import { SEVERITY_RANK } from './app-row';
import type { SpecialAccessKey } from './special-access-index';

export interface AppFilter {
  readonly query: string;
  readonly kind: 'all' | 'user' | 'system';
  /** A category id, or 'all'. */
  readonly categoryId: string;
  /** Worst finding at least this severe; 'none' = apps without findings. */
  readonly severity: Severity | 'all' | 'none';
  /** Apps with a granted runtime permission of this group, or 'all'. */
  readonly group: string;
  /** Apps holding this special access; 'any' = at least one. */
  readonly specialAccess: SpecialAccessKey | 'all' | 'any';
  readonly state: AppState | 'all';
}

export const EMPTY_FILTER: AppFilter = {
  query: '',
  kind: 'all',
  categoryId: 'all',
  severity: 'all',
  group: 'all',
  specialAccess: 'all',
  state: 'all',
};

/** Whitespace-separated words, each of which must occur somewhere in the row's search text. */
export const searchTerms = (query: string): readonly string[] =>
  query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');

const matchesSeverity = (row: AppRow, severity: AppFilter['severity']): boolean => {
  if (severity === 'all') return true;
  if (severity === 'none') return row.severityRank === 0;
  return row.severityRank >= SEVERITY_RANK[severity];
};

const matchesAccess = (row: AppRow, access: AppFilter['specialAccess']): boolean => {
  if (access === 'all') return true;
  if (access === 'any') return row.specialAccess.length > 0;
  return row.specialAccess.includes(access);
};

export const matchesFilter = (row: AppRow, filter: AppFilter, terms: readonly string[]): boolean =>
  (filter.kind === 'all' || row.isSystem === (filter.kind === 'system')) &&
  (filter.categoryId === 'all' || row.categoryId === filter.categoryId) &&
  matchesSeverity(row, filter.severity) &&
  (filter.group === 'all' || row.grantedGroups.has(filter.group)) &&
  matchesAccess(row, filter.specialAccess) &&
  (filter.state === 'all' || row.states.includes(filter.state)) &&
  terms.every((term) => row.searchText.includes(term));

export const filterRows = (rows: readonly AppRow[], filter: AppFilter): AppRow[] => {
  const terms = searchTerms(filter.query);
  return rows.filter((row) => matchesFilter(row, filter, terms));
};

/** How many filters (search excluded) differ from their default, for the "clear" control. */
export const activeFilterCount = (filter: AppFilter): number =>
  (Object.keys(EMPTY_FILTER) as (keyof AppFilter)[]).filter(
    (key) => key !== 'query' && filter[key] !== EMPTY_FILTER[key],
  ).length;

/** The permission groups granted to at least one app, sorted, for the group filter. */
export const grantedGroupsOf = (rows: readonly AppRow[]): string[] =>
  [...new Set(rows.flatMap((row) => [...row.grantedGroups]))].sort();
