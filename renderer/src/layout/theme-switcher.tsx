// Header control: follow the system colour scheme, or force light or dark. Saved through settings.
import type { ReactNode } from 'react';
import type { ThemePreference } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n-context';
import { useSettings } from '../settings/settings-context';
import type { PreferenceOption } from './preference-select';
import { PreferenceSelect } from './preference-select';

export const ThemeSwitcher = (): ReactNode => {
  const { t } = useI18n();
  const { theme, update } = useSettings();
  const options: readonly PreferenceOption<ThemePreference>[] = [
    { value: 'system', label: t('theme.system') },
    { value: 'light', label: t('theme.light') },
    { value: 'dark', label: t('theme.dark') },
  ];
  return (
    <PreferenceSelect
      label={t('header.theme')}
      value={theme}
      options={options}
      onChange={(value) => void update({ theme: value })}
    />
  );
};
