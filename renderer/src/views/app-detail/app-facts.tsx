// Package, version, who installed it and the risk score, as a small facts table.
import type { ReactNode } from 'react';
import type { AuditedApp } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';

export const AppFacts = ({ app }: { app: AuditedApp }): ReactNode => {
  const { t, format } = useI18n();
  const facts: readonly (readonly [string, string])[] = [
    [t('appDetail.package'), app.packageName],
    [t('appDetail.version'), app.versionName ?? '—'],
    [
      t('appDetail.installedBy'),
      app.isSystem ? t('appDetail.kind.system') : (app.installer ?? t('appDetail.kind.user')),
    ],
    [t('appDetail.score'), format.number(app.score)],
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('appDetail.facts')}</h2>
      <table aria-labelledby="facts-heading">
        <tbody>
          {facts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
