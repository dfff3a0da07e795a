// Picks the text of a `{ en, zh }` pair (plans, rules and findings carry both) for the UI language.
import type { Language, LocalisedText } from '../../../../preload/contract';

export const pickText = (text: LocalisedText, language: Language): string =>
  language === 'zh-CN' ? text.zh : text.en;
