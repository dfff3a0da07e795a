// The active language for the whole UI: the saved setting, or the browser's language when the
// setting is 'system' (followed live). Keeps `<html lang>` in step and provides `t` and formatters.
import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Language } from '../../../preload/contract';
import { useSettings } from '../settings/settings-context';
import type { Formatters } from './format';
import { createFormatters } from './format';
import { navigatorLanguages, resolveLanguage } from './resolve-language';
import type { Translate } from './translate';
import { createTranslator } from './translate';

export interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly format: Formatters;
}

const I18nContext = createContext<I18n | undefined>(undefined);

const subscribeToLanguageChange = (onChange: () => void): (() => void) => {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};

/** Joined so the snapshot is a stable string between changes. */
const preferredLanguages = (): string => navigatorLanguages().join(',');

export const I18nProvider = ({ children }: { children: ReactNode }): ReactNode => {
  const { language: setting } = useSettings();
  const preferred = useSyncExternalStore(subscribeToLanguageChange, preferredLanguages);
  const language = resolveLanguage(setting, preferred.split(','));

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(
    () => ({ language, t: createTranslator(language), format: createFormatters(language) }),
    [language],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
};

export const useI18n = (): I18n => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
};
