// Each runtime permission of the app: granted, the rule for its category (with the citation),
// flags, last use in foreground/background, and the per-row changes (revoke, stand-in, keep).
import type { ReactNode } from 'react';
import type { AuditedApp, RulesView } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import type { RelativeTimeFormatter } from '../apps/relative-time';
import { localised } from './localised';
import { permissionRows } from './permission-rows';
import type { PermissionRow } from './permission-rows';
import { useAppSelections } from './use-app-selections';

export interface PermissionsTableProps {
  readonly app: AuditedApp;
  readonly rules: RulesView | undefined;
  readonly relative: RelativeTimeFormatter;
}

const RowActions = ({ row, packageName }: { row: PermissionRow; packageName: string }): ReactNode => {
  const { t } = useI18n();
  const picks = useAppSelections(packageName);
  if (!row.granted) return null;
  const revoke = picks.isPicked('revoke', row.name);
  const standIn = picks.isPicked('stand-in', row.name);
  const permission = row.shortName;
  return (
    <span className="permission-actions">
      <button
        type="button"
        aria-pressed={revoke}
        aria-label={t('appDetail.revoke', { permission })}
        onClick={() => picks.toggle('revoke', row.name)}
      >
        {t('appDetail.revoke.short')}
      </button>
      <button
        type="button"
        aria-pressed={standIn}
        aria-label={t('appDetail.standIn', { permission })}
        onClick={() => picks.toggle('stand-in', row.name)}
      >
        {t('appDetail.standIn.short')}
      </button>
      <button
        type="button"
        disabled={!revoke && !standIn}
        aria-label={t('appDetail.keep', { permission })}
        onClick={() => picks.keep(row.name)}
      >
        {t('appDetail.keep.short')}
      </button>
    </span>
  );
};

export const PermissionsTable = ({ app, rules, relative }: PermissionsTableProps): ReactNode => {
  const { t, language } = useI18n();
  const rows = permissionRows(app, rules);
  const when = (ms: number | undefined): string => (ms === undefined ? '—' : relative(ms));
  return (
    <section aria-labelledby="permissions-heading">
      <h2 id="permissions-heading">{t('appDetail.permissions')}</h2>
      {rows.length === 0 ? (
        <p>{t('appDetail.permissions.none')}</p>
      ) : (
        <table aria-labelledby="permissions-heading">
          <thead>
            <tr>
              <th scope="col">{t('appDetail.perm.name')}</th>
              <th scope="col">{t('appDetail.perm.granted')}</th>
              <th scope="col">{t('appDetail.perm.decision')}</th>
              <th scope="col">{t('appDetail.perm.flags')}</th>
              <th scope="col">{t('appDetail.perm.lastFg')}</th>
              <th scope="col">{t('appDetail.perm.lastBg')}</th>
              <th scope="col">{t('appDetail.perm.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row" className="apps-mono">
                  {row.shortName}
                </th>
                <td>{row.granted ? t('appDetail.yes') : t('appDetail.no')}</td>
                <td>
                  <span className={`decision-${row.decision ?? 'none'}`}>
                    {t(`apps.decision.${row.decision ?? 'none'}`)}
                  </span>
                  {row.citation === undefined ? null : (
                    <span className="apps-muted">
                      {' '}
                      {t('appDetail.finding.citation', { citation: localised(row.citation, language) })}
                    </span>
                  )}
                </td>
                <td className="apps-muted">{row.flags.join(', ')}</td>
                <td>{when(row.lastForegroundMs)}</td>
                <td>{when(row.lastBackgroundMs)}</td>
                <td>
                  <RowActions row={row} packageName={app.packageName} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
