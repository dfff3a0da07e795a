// Tells the user when their preferences could not be loaded or saved (localised, dismissible).
import type { ReactNode } from 'react';
import { describeError } from '../i18n/error-message';
import { useI18n } from '../i18n/i18n-context';
import { useSettings } from '../settings/settings-context';

export const SettingsBanner = (): ReactNode => {
  const { t } = useI18n();
  const { problem, dismissProblem } = useSettings();
  if (!problem) return null;
  const reason = describeError(problem.error, t);
  return (
    <div className="banner" role="alert">
      <span>
        {problem.kind === 'load'
          ? t('settings.loadFailed', { reason })
          : t('settings.saveFailed', { reason })}
      </span>
      <button type="button" onClick={dismissProblem}>
        {t('settings.dismiss')}
      </button>
    </div>
  );
};
