// The riskiest apps, each linking to its detail page (#/apps/<package>).
import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import type { AuditedApp } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { useAppNames } from './use-app-names';
import { useCategoryNames } from './use-category-names';
import { worstApps } from './worst-apps';

export const WorstAppsCard = ({ apps }: { apps: readonly AuditedApp[] }): ReactNode => {
  const { t, format, language } = useI18n();
  const headingId = useId();
  const categoryName = useCategoryNames(language);
  const appNames = useAppNames(apps, language);
  const worst = useMemo(() => worstApps(apps), [apps]);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.worst.heading')}</h2>
      {worst.length === 0 ? (
        <p>{t('overview.worst.none')}</p>
      ) : (
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('overview.worst.app')}</th>
              <th scope="col">{t('overview.worst.category')}</th>
              <th scope="col">{t('overview.worst.score')}</th>
              <th scope="col">{t('overview.worst.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {worst.map((app) => (
              <tr key={app.packageName}>
                <th scope="row">
                  <a href={routeHref('apps', app.packageName)} title={app.packageName}>
                    {appNames(app.packageName)}
                  </a>
                </th>
                <td>{categoryName(app.categoryId)}</td>
                <td>{format.number(app.score)}</td>
                <td>
                  {t('overview.worst.findingCount', {
                    high: format.number(app.high),
                    total: format.number(app.total),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={routeHref('apps')}>{t('overview.showApps')}</a>
      </p>
    </section>
  );
};
