// Who holds each special access (accessibility, notification access, device admin, overlay,
// usage access, install unknown apps, all files, battery exemptions): apps by name, platform
// components only counted.
import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import type { AuditedScan } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { specialAccessGroups } from './special-access-holders';

export const SpecialAccessCard = ({ scan }: { scan: AuditedScan }): ReactNode => {
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
