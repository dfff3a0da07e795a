// Apps that can read the advertising ID (AD_ID), which links activity across apps.
import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import type { AuditedScan } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { advertisingIdHolders } from './special-access-holders';

export const TrackersCard = ({ scan }: { scan: AuditedScan }): ReactNode => {
  const { t, format } = useI18n();
  const headingId = useId();
  const holders = useMemo(() => advertisingIdHolders(scan), [scan]);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.trackers.heading')}</h2>
      {holders.length === 0 ? (
        <p>{t('overview.trackers.none')}</p>
      ) : (
        <>
          <p>{t('overview.trackers.summary', { count: format.number(holders.length) })}</p>
          <ul className="inline-list" aria-labelledby={headingId}>
            {holders.map((name) => (
              <li key={name}>
                <a href={routeHref('apps', name)}>{name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
