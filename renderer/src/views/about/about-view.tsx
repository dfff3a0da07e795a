// "About & connection": proves the whole path renderer → API → main works, and explains what
// is wrong when it does not (localised, never a stack trace).
import type { ReactNode } from 'react';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { ViewHeading } from '../view-heading';
import { AdbStatusCard } from './adb-status-card';
import { AppInfoCard } from './app-info-card';
import { DeviceCountCard } from './device-count-card';
import { useAboutData } from './use-about-data';

export const AboutView = (): ReactNode => {
  const { t, format } = useI18n();
  const { loading, data, error, refresh } = useAboutData();
  const progress = loading ? t(data ? 'about.refreshing' : 'about.loading') : '';
  return (
    <>
      <ViewHeading>{t('about.title')}</ViewHeading>
      <p>{t('about.intro')}</p>
      <div className="about-toolbar">
        <button type="button" onClick={refresh}>
          {t('about.refresh')}
        </button>
        <span className="about-checked" role="status">
          {progress || (data ? t('about.checkedAt', { time: format.time(data.checkedAt) }) : '')}
        </span>
      </div>
      {error === undefined ? null : (
        <div className="error-panel" role="alert">
          <h2>{t('error.title')}</h2>
          <p>{describeError(error, t)}</p>
          <button type="button" onClick={refresh}>
            {t('error.retry')}
          </button>
        </div>
      )}
      <div aria-busy={loading}>
        {data ? (
          <>
            <AppInfoCard info={data.info} />
            <AdbStatusCard adb={data.adb} />
          </>
        ) : null}
      </div>
      <DeviceCountCard />
    </>
  );
};
