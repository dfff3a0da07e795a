// Which resource configurations (ResTable_config, AOSP ResourceTypes.h) may hold an app label
// the UI shows: the default one and plain locale ones (values-zh-rCN, values-b+zh+Hans,
// values-en …). Anything with another qualifier (night, sw600dp, v31, a 3-letter packed
// language …) is skipped. The key is `''` for the default, else `lang` or `lang-REGION` /
// `lang-Script`.
import type { ByteView } from './byte-view';

const LOCALE = { start: 8, end: 12 } as const;
const SCRIPT = { start: 36, end: 40 } as const;

const isAsciiLetters = (codes: readonly number[]): boolean =>
  codes.every((code) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));

/** The locale key of the config starting at `at` in `view`, or undefined when it is not plain. */
export const localeKeyOf = (view: ByteView, at: number): string | undefined => {
  const size = view.u32(at, 'config size');
  if (size < 12 || !view.has(at, size)) return undefined;
  for (let offset = 4; offset < size; offset += 1) {
    const inLocale = offset >= LOCALE.start && offset < LOCALE.end;
    const inScript = offset >= SCRIPT.start && offset < SCRIPT.end;
    if (inLocale || inScript) continue;
    if (view.u8(at + offset) !== 0) return undefined; // another qualifier, or a locale variant
  }
  const language = [view.u8(at + 8), view.u8(at + 9)];
  const country = [view.u8(at + 10), view.u8(at + 11)];
  if (language.every((code) => code === 0)) return country.every((code) => code === 0) ? '' : undefined;
  if (!isAsciiLetters(language)) return undefined; // packed 3-letter languages: not zh or en
  const lang = String.fromCharCode(...language).toLowerCase();
  if (country.some((code) => code !== 0)) {
    return isAsciiLetters(country) ? `${lang}-${String.fromCharCode(...country).toUpperCase()}` : undefined;
  }
  const script = size >= SCRIPT.end ? [0, 1, 2, 3].map((index) => view.u8(at + SCRIPT.start + index)) : [];
  if (script.length === 4 && script.every((code) => code !== 0) && isAsciiLetters(script)) {
    return `${lang}-${String.fromCharCode(...script)}`;
  }
  return lang;
};

/** Keys worth a lookup: the default and every zh / en locale. */
export const isWantedLocale = (key: string): boolean =>
  key === '' || key === 'zh' || key === 'en' || key.startsWith('zh-') || key.startsWith('en-');

const ZH_ORDER = ['zh-CN', 'zh-Hans', 'zh', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-Hant', 'zh-MO'];
const EN_ORDER = ['en', 'en-US', 'en-GB'];

const pick = (values: ReadonlyMap<string, string>, order: readonly string[], prefix: string) => {
  for (const key of order) {
    const value = values.get(key);
    if (value !== undefined) return value;
  }
  const other = [...values.keys()].sort().find((key) => key.startsWith(prefix));
  return other === undefined ? undefined : values.get(other);
};

export interface LocaleLabels {
  readonly default: string;
  readonly zh?: string;
  readonly en?: string;
}

/** The default, Chinese and English label from the values per locale key (default falls back to en, then zh). */
export const pickLabels = (values: ReadonlyMap<string, string>): LocaleLabels | undefined => {
  const clean = new Map([...values].filter(([, value]) => value.trim() !== ''));
  const zh = pick(clean, ZH_ORDER, 'zh-');
  const en = pick(clean, EN_ORDER, 'en-');
  const fallback = clean.get('') ?? en ?? zh;
  if (fallback === undefined) return undefined;
  return { default: fallback, ...(zh === undefined ? {} : { zh }), ...(en === undefined ? {} : { en }) };
};
