// Which permission groups are granted across apps, and which of those grants the app's category
// does not need: the apps × groups heat map, riskiest apps first.
import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import type { AuditedApp } from '../../../../preload/contract';
import type { HeatMapRow } from '../../charts/heat-map';
import { HeatMap } from '../../charts/heat-map';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { groupLabel } from './group-label';
import { useAppNames } from './use-app-names';
import { heatMapMatrix } from './heat-map-matrix';

const FIRST_ROWS = 25;

export const HeatMapCard = ({ apps }: { apps: readonly AuditedApp[] }): ReactNode => {
  const { t, format, language } = useI18n();
  const appNames = useAppNames(apps, language);
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const [includeSystem, setIncludeSystem] = useState(false);
  const matrix = useMemo(
    () => heatMapMatrix(apps, { includeSystem, ...(showAll ? {} : { limit: FIRST_ROWS }) }),
    [apps, includeSystem, showAll],
  );
  const labels = matrix.groups.map((group) => groupLabel(group, t));
  const rows: HeatMapRow[] = matrix.rows.map((row) => ({
    key: row.packageName,
    header: (
      <a href={routeHref('apps', row.packageName)} title={row.packageName}>
        {appNames(row.packageName)}
      </a>
    ),
    cells: row.cells.map((cell, index) => {
      const group = labels[index] ?? cell.group;
      return cell.granted === 0
        ? { level: 'none', display: '', description: t('overview.heatmap.none', { group }) }
        : {
            level: cell.excess ? 'bad' : 'ok',
            display: format.number(cell.granted),
            description: t(cell.excess ? 'overview.heatmap.excess' : 'overview.heatmap.granted', { group }),
          };
    }),
  }));
  const summary = t('overview.heatmap.summary', {
    shown: format.number(matrix.rows.length),
    total: format.number(matrix.totalRows),
  });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.heatmap.heading')}</h2>
      <p>{summary}</p>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch heat-bad" /> {t('overview.heatmap.legend.excess')}
        </li>
        <li>
          <span className="swatch heat-ok" /> {t('overview.heatmap.legend.granted')}
        </li>
        <li>
          <span className="swatch heat-none" /> {t('overview.heatmap.legend.none')}
        </li>
      </ul>
      <div className="toolbar">
        <label>
          <input
            type="checkbox"
            checked={includeSystem}
            onChange={(event) => setIncludeSystem(event.target.checked)}
          />{' '}
          {t('overview.heatmap.includeSystem')}
        </label>
        {matrix.totalRows > FIRST_ROWS ? (
          <button type="button" onClick={() => setShowAll((value) => !value)} aria-expanded={showAll}>
            {showAll
              ? t('overview.heatmap.showFewer', { count: format.number(FIRST_ROWS) })
              : t('overview.heatmap.showAll', { count: format.number(matrix.totalRows) })}
          </button>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p>{t('overview.heatmap.empty')}</p>
      ) : (
        <HeatMap
          caption={t('overview.heatmap.heading')}
          cornerLabel={t('overview.heatmap.app')}
          columns={matrix.groups.map((group, index) => ({ key: group, label: labels[index] ?? group }))}
          rows={rows}
          footer={{
            label: t('overview.heatmap.totals'),
            values: matrix.totals.map((total) =>
              t('overview.heatmap.total', {
                granted: format.number(total.granted),
                excess: format.number(total.excess),
              }),
            ),
          }}
        />
      )}
    </section>
  );
};
