// One app as a grid row: the cells of GRID_COLUMNS. Only the active cell is in the tab order
// (roving tabindex); the checkbox and link inside are reached with Space and Enter.
import type { ReactNode } from 'react';
import { memo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import type { AppRow } from './app-row';
import { GRID_COLUMNS } from './grid-columns';
import type { RelativeTimeFormatter } from './relative-time';

export interface AppsGridRowProps {
  readonly row: AppRow;
  readonly index: number;
  readonly top: number;
  readonly selected: boolean;
  /** Column of the active cell when it is in this row, else -1. */
  readonly activeCol: number;
  readonly relative: RelativeTimeFormatter;
  readonly onToggle: (packageName: string) => void;
}

const CellContent = ({ row, column, ...props }: AppsGridRowProps & { column: string }): ReactNode => {
  const { t, format } = useI18n();
  switch (column) {
    case 'select':
      return (
        <input
          type="checkbox"
          tabIndex={-1}
          checked={props.selected}
          aria-label={t('apps.selectApp', { name: row.name })}
          onChange={() => props.onToggle(row.packageName)}
        />
      );
    case 'name':
      return (
        <>
          <a href={routeHref('apps', row.packageName)} tabIndex={-1}>
            {row.name}
          </a>
          {row.isSystem ? <span className="apps-badge">{t('apps.system')}</span> : null}
        </>
      );
    case 'package':
      return <span className="apps-mono">{row.packageName}</span>;
    case 'category':
      return (
        <>
          {row.categoryName}{' '}
          <span className="apps-muted">
            {t('apps.confidence', { percent: format.number(Math.round(row.confidence * 100)) + '%' })}
          </span>
        </>
      );
    case 'risk':
      return (
        <span className={`apps-risk apps-risk-${row.worstSeverity ?? 'none'}`}>
          {row.worstSeverity === undefined
            ? t('apps.risk.none', { score: format.number(row.score) })
            : t('apps.risk', {
                score: format.number(row.score),
                severity: t(`apps.severity.${row.worstSeverity}`),
              })}
        </span>
      );
    case 'grants':
      return format.number(row.grantedCount);
    default:
      return row.lastUsedMs === undefined ? (
        t('apps.never')
      ) : (
        <time dateTime={new Date(row.lastUsedMs).toISOString()} title={format.dateTime(row.lastUsedMs)}>
          {props.relative(row.lastUsedMs)}
        </time>
      );
  }
};

export const AppsGridRow = memo((props: AppsGridRowProps): ReactNode => (
  <div
    role="row"
    aria-rowindex={props.index + 2}
    aria-selected={props.selected}
    className="apps-grid-row apps-grid-body-row"
    style={{ transform: `translateY(${props.top}px)` }}
  >
    {GRID_COLUMNS.map((column, col) => (
      <div
        role="gridcell"
        aria-colindex={col + 1}
        key={column}
        data-cell={`${props.index}:${col}`}
        tabIndex={props.activeCol === col ? 0 : -1}
        className={column === 'select' ? 'apps-cell-select' : undefined}
      >
        <CellContent {...props} column={column} />
      </div>
    ))}
  </div>
));
AppsGridRow.displayName = 'AppsGridRow';
