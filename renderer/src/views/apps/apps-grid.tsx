// The Apps table: a virtualized ARIA grid (only the visible rows are in the DOM, with
// aria-rowcount/aria-rowindex telling assistive tech the full size), sortable headers,
// multi-select, and grid keyboard navigation with a roving tabindex.
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import type { AppRow } from './app-row';
import type { AppSort, SortColumn } from './app-sort';
import { AppsGridHeader } from './apps-grid-header';
import { AppsGridRow } from './apps-grid-row';
import { GRID_COLUMNS } from './grid-columns';
import type { GridPosition } from './grid-keys';
import { moveInGrid } from './grid-keys';
import type { RelativeTimeFormatter } from './relative-time';

export const ROW_HEIGHT = 44;

export interface AppsGridProps {
  readonly rows: readonly AppRow[];
  readonly sort: AppSort;
  readonly onSort: (column: SortColumn) => void;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (packageName: string) => void;
  readonly onSelectAll: (selected: boolean) => void;
  readonly relative: RelativeTimeFormatter;
}

export const AppsGrid = (props: AppsGridProps): ReactNode => {
  const { t } = useI18n();
  const { rows, selected, onToggle } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 1 });
  const [focusPending, setFocusPending] = useState(false);
  const activeRow = Math.min(active.row, Math.max(rows.length - 1, 0));

  // eslint-disable-next-line react-hooks/incompatible-library -- it re-renders this component itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Keep the active row rendered so the grid always has one tab stop.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const indexes = defaultRangeExtractor(range);
        return indexes.includes(activeRow) || activeRow >= range.count
          ? indexes
          : [...indexes, activeRow].sort((a, b) => a - b);
      },
      [activeRow],
    ),
  });

  // After a keyboard move, focus the active cell once the virtualizer has rendered its row
  // (that may take a render or two after scrolling), hence no dependency list.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!focusPending) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${activeRow}:${active.col}"]`);
    if (cell) {
      cell.focus();
      setFocusPending(false);
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const row = rows[activeRow];
    if (event.key === ' ' && row) {
      event.preventDefault();
      onToggle(row.packageName);
      return;
    }
    if (event.key === 'Enter' && row) {
      event.preventDefault();
      window.location.hash = routeHref('apps', row.packageName);
      return;
    }
    const next = moveInGrid(
      { row: activeRow, col: active.col },
      { key: event.key, ctrlKey: event.ctrlKey || event.metaKey },
      { rows: rows.length, cols: GRID_COLUMNS.length },
    );
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next.row);
    setFocusPending(true);
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    const [row, col] = (cell?.dataset['cell'] ?? '').split(':').map(Number);
    if (row !== undefined && col !== undefined && !Number.isNaN(row) && !Number.isNaN(col))
      setActive({ row, col });
  };

  let selectedShown = 0;
  for (const row of rows) if (selected.has(row.packageName)) selectedShown += 1;

  return (
    <div
      role="grid"
      aria-label={t('apps.grid')}
      aria-rowcount={rows.length + 1}
      aria-colcount={GRID_COLUMNS.length}
      aria-multiselectable="true"
      className="apps-grid"
    >
      <AppsGridHeader
        sort={props.sort}
        onSort={props.onSort}
        shown={rows.length}
        selectedShown={selectedShown}
        onSelectAll={props.onSelectAll}
      />
      <div role="rowgroup" ref={scroller} className="apps-grid-body" onKeyDown={onKeyDown} onFocus={onFocus}>
        <div className="apps-grid-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <AppsGridRow
                key={row.packageName}
                row={row}
                index={item.index}
                top={item.start}
                selected={selected.has(row.packageName)}
                activeCol={item.index === activeRow ? active.col : -1}
                relative={props.relative}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
};
