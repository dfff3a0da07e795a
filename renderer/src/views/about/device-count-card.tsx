// The number of devices adb sees, updated live by `devices:changed` events.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { useDeviceCount } from './use-device-count';

export const DeviceCountCard = (): ReactNode => {
  const { t, format } = useI18n();
  const { count, error } = useDeviceCount();
  const headingId = useId();
  const text =
    count !== undefined
      ? t('about.devices.count', { count: format.number(count) })
      : error === undefined
        ? t('about.devices.counting')
        : describeError(error, t);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('about.devices.heading')}</h2>
      <p role="status">{text}</p>
      <p className="hint">{t('about.devices.live')}</p>
    </section>
  );
};
