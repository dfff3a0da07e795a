// A failed call, as an actionable localised message (never a stack trace).
import type { ReactNode } from 'react';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';

export const ErrorAlert = ({ error }: { error: unknown }): ReactNode => {
  const { t } = useI18n();
  if (error === undefined) return null;
  return (
    <div role="alert" className="error-alert">
      <p>
        <strong>{t('error.title')}</strong> {describeError(error, t)}
      </p>
    </div>
  );
};
