// What the Apps views show until the scan is there: no phone, loading, never scanned, or an
// actionable error with a retry.
import type { ReactNode } from 'react';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import type { CurrentScan } from './use-current-scan';

export const ScanGate = ({ current, retry }: { current: CurrentScan; retry: () => void }): ReactNode => {
  const { t } = useI18n();
  switch (current.status) {
    case 'no-device':
      return (
        <p>
          {t('apps.noPhone')} <a href={routeHref('devices')}>{t('apps.noPhone.link')}</a>
        </p>
      );
    case 'loading':
      return (
        <p role="status" aria-busy="true">
          {t('apps.loading')}
        </p>
      );
    case 'no-scan':
      return (
        <p>
          {t('apps.noScan')} <a href={routeHref('overview')}>{t('apps.noScan.link')}</a>
        </p>
      );
    case 'error':
      return (
        <div role="alert">
          <p>{t('apps.loadFailed', { reason: describeError(current.error, t) })}</p>
          <button type="button" onClick={retry}>
            {t('apps.retry')}
          </button>
        </div>
      );
    case 'ready':
      return null;
  }
};
