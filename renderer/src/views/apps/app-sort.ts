// Sorting the Apps table by any column, language-aware for text; unknown values sort last and
// ties fall back to the package name so the order is stable.
import type { Language } from '../../../../preload/contract';
import type { AppRow } from './app-row';

export const SORT_COLUMNS = ['name', 'package', 'category', 'risk', 'grants', 'lastUsed'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface AppSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Riskiest first: what a person opens the table for. */
export const DEFAULT_SORT: AppSort = { column: 'risk', direction: 'descending' };

/** Clicking a column: the same one flips direction; a new one starts with its natural order. */
export const nextSort = (current: AppSort, column: SortColumn): AppSort => {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const numeric = column === 'risk' || column === 'grants' || column === 'lastUsed';
  return { column, direction: numeric ? 'descending' : 'ascending' };
};

const compareOptional = (a: number | undefined, b: number | undefined, sign: number): number => {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return sign * (a - b);
};

export const sortRows = (rows: readonly AppRow[], sort: AppSort, language: Language): AppRow[] => {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const primary = (a: AppRow, b: AppRow): number => {
    switch (sort.column) {
      case 'name':
        return sign * collator.compare(a.name, b.name);
      case 'package':
        return sign * collator.compare(a.packageName, b.packageName);
      case 'category':
        return sign * collator.compare(a.categoryName, b.categoryName);
      case 'risk':
        return sign * (a.score - b.score || a.severityRank - b.severityRank);
      case 'grants':
        return sign * (a.grantedCount - b.grantedCount);
      case 'lastUsed':
        return compareOptional(a.lastUsedMs, b.lastUsedMs, sign);
    }
  };
  return [...rows].sort((a, b) => primary(a, b) || a.packageName.localeCompare(b.packageName));
};
