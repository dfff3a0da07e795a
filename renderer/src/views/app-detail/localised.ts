// Picks the zh or en side of a LocalisedText for the UI language.
import type { Language, LocalisedText } from '../../../../preload/contract';

export const localised = (text: LocalisedText, language: Language): string =>
  language === 'zh-CN' ? text.zh : text.en;
