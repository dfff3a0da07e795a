// The columns of the Apps grid, in order, with the message key of their header.
import type { PlainMessageKey } from '../../i18n/translate';
import type { SortColumn } from './app-sort';

export type GridColumn = 'select' | SortColumn;

export const GRID_COLUMNS: readonly GridColumn[] = [
  'select',
  'name',
  'package',
  'category',
  'risk',
  'grants',
  'lastUsed',
];

export const COLUMN_LABELS = {
  select: 'apps.col.select',
  name: 'apps.col.name',
  package: 'apps.col.package',
  category: 'apps.col.category',
  risk: 'apps.col.risk',
  grants: 'apps.col.grants',
  lastUsed: 'apps.col.lastUsed',
} as const satisfies { readonly [C in GridColumn]: PlainMessageKey };
