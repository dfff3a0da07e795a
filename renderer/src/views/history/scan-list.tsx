// The stored scans of the phone, newest first, each with "Restore this scan": it asks the plan
// view to build the plan that brings the phone back to that scan (plan:restore) and opens it.
import type { ReactNode } from 'react';
import { useCallback } from 'react';
import type { ScanRecord } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { usePhoneStore } from '../../state/phone-store';

export const ScanList = ({ scans }: { scans: readonly ScanRecord[] }): ReactNode => {
  const { t, format } = useI18n();
  const requestRestore = usePhoneStore((state) => state.requestRestore);
  const sorted = [...scans].sort((a, b) => b.takenAtMs - a.takenAtMs || b.id - a.id);
  const restore = useCallback(
    (scan: ScanRecord): void => {
      requestRestore({ scanId: scan.id, takenAtMs: scan.takenAtMs });
      window.location.hash = routeHref('plan');
    },
    [requestRestore],
  );
  return (
    <table className="scan-list" aria-label={t('history.scanList')}>
      <thead>
        <tr>
          <th scope="col">{t('history.scanTime')}</th>
          <th scope="col">{t('history.scanScore')}</th>
          <th scope="col">{t('history.scanApps')}</th>
          <th scope="col">{t('history.scanAction')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((scan, index) => {
          const time = format.dateTime(scan.takenAtMs);
          return (
            <tr key={scan.id}>
              <th scope="row">
                {time}
                {index === 0 ? ` (${t('history.latestScan')})` : null}
              </th>
              <td>{format.number(scan.score)}</td>
              <td>{format.number(scan.appCount)}</td>
              <td>
                <button
                  type="button"
                  aria-label={t('history.restoreScanLabel', { time })}
                  onClick={() => restore(scan)}
                >
                  {t('history.restoreScan')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
