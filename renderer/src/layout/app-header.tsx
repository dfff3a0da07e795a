// The banner across the top: product name and the display preferences (language, theme).
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitcher } from './language-switcher';
import { ThemeSwitcher } from './theme-switcher';

export const AppHeader = (): ReactNode => {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="app-brand">
        <span className="app-brand-name">{t('app.name')}</span>
        <span className="app-brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="preferences" role="group" aria-label={t('header.preferences')}>
        <LanguageSwitcher />
        <ThemeSwitcher />
      </div>
    </header>
  );
};
