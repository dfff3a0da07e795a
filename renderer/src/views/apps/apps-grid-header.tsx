// The header row of the Apps grid: select-all for the shown apps, and a sort button per column
// with `aria-sort` on the sorted one.
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { AppSort, SortColumn } from './app-sort';
import { COLUMN_LABELS, GRID_COLUMNS } from './grid-columns';

export interface AppsGridHeaderProps {
  readonly sort: AppSort;
  readonly onSort: (column: SortColumn) => void;
  readonly shown: number;
  readonly selectedShown: number;
  readonly onSelectAll: (selected: boolean) => void;
}

export const AppsGridHeader = (props: AppsGridHeaderProps): ReactNode => {
  const { t, format } = useI18n();
  const { sort, shown, selectedShown } = props;
  const checkbox = useRef<HTMLInputElement>(null);
  const all = shown > 0 && selectedShown === shown;
  useEffect(() => {
    if (checkbox.current) checkbox.current.indeterminate = selectedShown > 0 && !all;
  }, [selectedShown, all]);
  return (
    <div role="rowgroup" className="apps-grid-head">
      <div role="row" aria-rowindex={1} className="apps-grid-row">
        {GRID_COLUMNS.map((column, index) =>
          column === 'select' ? (
            <div role="columnheader" aria-colindex={index + 1} key={column} className="apps-cell-select">
              <input
                ref={checkbox}
                type="checkbox"
                checked={all}
                disabled={shown === 0}
                aria-label={t('apps.selectAll', { count: format.number(shown) })}
                onChange={(event) => props.onSelectAll(event.target.checked)}
              />
            </div>
          ) : (
            <div
              role="columnheader"
              aria-colindex={index + 1}
              key={column}
              aria-sort={sort.column === column ? sort.direction : undefined}
            >
              <button type="button" className="apps-sort" onClick={() => props.onSort(column)}>
                {t(COLUMN_LABELS[column])}
                <span aria-hidden="true">
                  {sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </div>
          ),
        )}
      </div>
    </div>
  );
};
