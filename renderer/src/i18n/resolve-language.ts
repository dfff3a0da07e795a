// Which catalogue to show: the saved setting, or for 'system' the browser's language.
import type { Language, Settings } from '../../../preload/contract';

export const DEFAULT_LANGUAGE: Language = 'en';

/** zh, zh-CN, zh-Hans-SG, zh-TW … → zh-CN (the only Chinese catalogue); anything else → en. */
export const languageFromLocale = (locale: string | undefined): Language =>
  locale !== undefined && /^zh(?:[-_]|$)/i.test(locale.trim()) ? 'zh-CN' : DEFAULT_LANGUAGE;

/** The first of the browser's preferred languages decides, like `navigator.language`. */
export const systemLanguage = (preferred: readonly string[]): Language => languageFromLocale(preferred[0]);

export const resolveLanguage = (
  setting: Settings['language'] | undefined,
  preferred: readonly string[],
): Language => (setting === undefined || setting === 'system' ? systemLanguage(preferred) : setting);

/** The browser's language preferences (navigator.languages, falling back to navigator.language). */
export const navigatorLanguages = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
};
