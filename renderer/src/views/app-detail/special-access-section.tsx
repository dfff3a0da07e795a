// The special accesses the app holds, the rule for its category, and a toggle to revoke each.
import type { ReactNode } from 'react';
import type { AuditedApp, AuditedScan, RulesView } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { specialAccessRows } from './special-access-rows';
import { useAppSelections } from './use-app-selections';

export interface SpecialAccessSectionProps {
  readonly app: AuditedApp;
  readonly scan: AuditedScan;
  readonly rules: RulesView | undefined;
}

export const SpecialAccessSection = ({ app, scan, rules }: SpecialAccessSectionProps): ReactNode => {
  const { t } = useI18n();
  const picks = useAppSelections(app.packageName);
  const rows = specialAccessRows(app, scan, rules);
  return (
    <section aria-labelledby="special-heading">
      <h2 id="special-heading">{t('appDetail.special')}</h2>
      {rows.length === 0 ? (
        <p>{t('appDetail.special.none')}</p>
      ) : (
        <ul>
          {rows.map((row) => {
            const access = t(`apps.access.${row.key}`);
            return (
              <li key={row.key}>
                {access} —{' '}
                <span className={`decision-${row.decision ?? 'none'}`}>
                  {t(`apps.decision.${row.decision ?? 'none'}`)}
                </span>{' '}
                <button
                  type="button"
                  aria-pressed={picks.isPicked('revoke-special-access', row.key)}
                  onClick={() => picks.toggle('revoke-special-access', row.key)}
                >
                  {t('appDetail.special.revoke', { access })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
