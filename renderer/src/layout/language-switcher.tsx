// Header control: follow the system language, or pick English / 简体中文. Saved through settings.
import type { ReactNode } from 'react';
import type { Settings } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n-context';
import { useSettings } from '../settings/settings-context';
import type { PreferenceOption } from './preference-select';
import { PreferenceSelect } from './preference-select';

export const LanguageSwitcher = (): ReactNode => {
  const { t } = useI18n();
  const { language, update } = useSettings();
  const options: readonly PreferenceOption<Settings['language']>[] = [
    { value: 'system', label: t('language.system') },
    { value: 'en', label: t('language.en'), lang: 'en' },
    { value: 'zh-CN', label: t('language.zhCN'), lang: 'zh-CN' },
  ];
  return (
    <PreferenceSelect
      label={t('header.language')}
      value={language}
      options={options}
      onChange={(value) => void update({ language: value })}
    />
  );
};
