// The special accesses the app holds, the rule for its category, and a toggle to revoke each.
// What adb cannot take away (device admin) is explained instead, with a button that opens the
// right settings screen on the phone; other accesses get that button next to their toggle.
import type { ReactNode } from 'react';
import type { AuditedApp, AuditedScan, DeviceRef, RulesView } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { OpenOnPhoneButton } from '../phone-settings/open-on-phone-button';
import { settingsLinkFor } from '../phone-settings/settings-links';
import { specialAccessRows } from './special-access-rows';
import { useAppSelections } from './use-app-selections';

export interface SpecialAccessSectionProps {
  readonly app: AuditedApp;
  readonly scan: AuditedScan;
  readonly rules: RulesView | undefined;
  readonly device: DeviceRef;
}

export const SpecialAccessSection = ({ app, scan, rules, device }: SpecialAccessSectionProps): ReactNode => {
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
            const link = settingsLinkFor(row.key);
            const openButton =
              link === undefined ? null : (
                <OpenOnPhoneButton
                  device={device}
                  screen={link.screen}
                  {...(link.perApp ? { packageName: app.packageName } : {})}
                />
              );
            return (
              <li key={row.key}>
                {access} —{' '}
                <span className={`decision-${row.decision ?? 'none'}`}>
                  {t(`apps.decision.${row.decision ?? 'none'}`)}
                </span>{' '}
                {link?.guidance !== undefined ? (
                  <>
                    <p className="hint">{t(link.guidance)}</p>
                    {openButton}
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      aria-pressed={picks.isPicked('revoke-special-access', row.key)}
                      onClick={() => picks.toggle('revoke-special-access', row.key)}
                    >
                      {t('appDetail.special.revoke', { access })}
                    </button>{' '}
                    {openButton}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
