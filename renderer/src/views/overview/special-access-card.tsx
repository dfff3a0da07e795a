// Who holds each special access (accessibility, notification access, device admin, overlay,
// usage access, install unknown apps, all files, battery exemptions): apps by name, platform
// components only counted. Lists with app holders get a button that opens their settings
// screen on the phone; device admins also say that only the phone can turn them off.
import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import type { AuditedScan, DeviceRef, SpecialAccessKey } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { OpenOnPhoneButton } from '../phone-settings/open-on-phone-button';
import { settingsLinkFor } from '../phone-settings/settings-links';
import type { SpecialAccessKind } from './special-access-holders';
import { specialAccessGroups } from './special-access-holders';

/** The rule key of each list that has a phone-wide settings screen. */
const LIST_KEYS: Partial<Readonly<Record<SpecialAccessKind, SpecialAccessKey>>> = {
  deviceAdmin: 'device-admin',
  accessibility: 'accessibility',
  notificationListener: 'notification-listener',
  usageAccess: 'usage-access',
};

const PhoneScreen = ({ kind, device }: { kind: SpecialAccessKind; device: DeviceRef }): ReactNode => {
  const { t } = useI18n();
  const key = LIST_KEYS[kind];
  const link = key === undefined ? undefined : settingsLinkFor(key);
  if (link === undefined || link.perApp) return null;
  return (
    <div className="open-on-phone-row">
      {kind === 'deviceAdmin' ? (
        <p className="hint">{t('phoneSettings.guidance.overview.device-admin')}</p>
      ) : null}
      <OpenOnPhoneButton device={device} screen={link.screen} />
    </div>
  );
};

export const SpecialAccessCard = ({ scan, device }: { scan: AuditedScan; device: DeviceRef }): ReactNode => {
  const { t, format } = useI18n();
  const headingId = useId();
  const groups = useMemo(() => specialAccessGroups(scan), [scan]);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.special.heading')}</h2>
      <table className="facts" aria-labelledby={headingId}>
        <tbody>
          {groups.map((group) => (
            <tr key={group.kind}>
              <th scope="row">{t(`overview.special.${group.kind}`)}</th>
              <td>
                {group.holders.length === 0 && group.systemCount === 0 ? t('overview.special.none') : null}
                {group.holders.length === 0 ? null : (
                  <ul className="inline-list">
                    {group.holders.map((name) => (
                      <li key={name}>
                        <a href={routeHref('apps', name)}>{name}</a>
                      </li>
                    ))}
                  </ul>
                )}
                {group.systemCount === 0 ? null : (
                  <span className="hint">
                    {t('overview.special.system', { count: format.number(group.systemCount) })}
                  </span>
                )}
                {group.holders.length === 0 ? null : <PhoneScreen kind={group.kind} device={device} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
