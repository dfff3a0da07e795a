// The Apps view once the scan is there: rows built once per scan/rules/language, then search,
// filters and sort on every change, the grid and the bulk actions on the ticked apps.
import type { ReactNode } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { AuditedScan, RulesView } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import type { AppFilter } from './app-filter';
import { EMPTY_FILTER, filterRows, grantedGroupsOf } from './app-filter';
import { buildAppRows, categoryName } from './app-row';
import type { AppSort, SortColumn } from './app-sort';
import { DEFAULT_SORT, nextSort, sortRows } from './app-sort';
import { AppsGrid } from './apps-grid';
import { AppsToolbar } from './apps-toolbar';
import { BulkActions } from './bulk-actions';
import { perfMark, perfMeasure } from './perf-marks';
import { createRelativeTime } from './relative-time';
import { categoryNamesOf } from './use-rules';

export const AppsTable = ({
  scan,
  rules,
}: {
  scan: AuditedScan;
  rules: RulesView | undefined;
}): ReactNode => {
  const { t, format, language } = useI18n();
  // Mounted when the scan is there: "data arrived" for the first-paint benchmark.
  useState(() => perfMark('apps:data'));
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => perfMeasure('apps:first-paint', 'apps:data')));
    return () => cancelAnimationFrame(frame);
  }, []);
  const [filter, setFilter] = useState<AppFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<AppSort>(DEFAULT_SORT);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());

  const names = useMemo(() => categoryNamesOf(rules), [rules]);
  const rows = useMemo(() => buildAppRows({ scan, categoryNames: names, language }), [scan, names, language]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter), sort, language),
    [rows, filter, sort, language],
  );
  const groups = useMemo(() => grantedGroupsOf(rows), [rows]);
  const categories = useMemo(
    () =>
      [...new Set(rows.map((row) => row.categoryId))]
        .map((id) => ({ id, name: categoryName(names, id, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    [rows, names, language],
  );
  const relative = useMemo(() => createRelativeTime(language, scan.takenAtMs), [language, scan.takenAtMs]);

  useLayoutEffect(() => perfMeasure('apps:filter', 'apps:filter-start'), [filter]);

  const onFilter = useCallback((next: AppFilter) => {
    perfMark('apps:filter-start');
    setFilter(next);
  }, []);
  const onSort = useCallback((column: SortColumn) => setSort((current) => nextSort(current, column)), []);
  const onToggle = useCallback(
    (packageName: string) =>
      setTicked((current) => {
        const next = new Set(current);
        if (!next.delete(packageName)) next.add(packageName);
        return next;
      }),
    [],
  );
  const onSelectAll = (select: boolean): void =>
    setTicked((current) => {
      const next = new Set(current);
      for (const row of shown) {
        if (select) next.add(row.packageName);
        else next.delete(row.packageName);
      }
      return next;
    });
  const tickedApps = useMemo(() => scan.apps.filter((app) => ticked.has(app.packageName)), [scan, ticked]);

  return (
    <>
      <AppsToolbar filter={filter} onChange={onFilter} categories={categories} groups={groups} />
      <p role="status" className="apps-muted">
        {t('apps.summary', { shown: format.number(shown.length), total: format.number(rows.length) })}
      </p>
      <BulkActions apps={tickedApps} onClear={() => setTicked(new Set())} />
      <AppsGrid
        rows={shown}
        sort={sort}
        onSort={onSort}
        selected={ticked}
        onToggle={onToggle}
        onSelectAll={onSelectAll}
        relative={relative}
      />
      {shown.length === 0 ? <p className="apps-empty">{t('apps.empty')}</p> : null}
    </>
  );
};
