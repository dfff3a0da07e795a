// `t(key, params)`: looks a message up in the active catalogue and fills `{name}` parameters.
// Parameter names are checked against the English text at compile time.
import type { Language } from '../../../preload/contract';
import type { Catalogue, EnglishCatalogue, MessageKey } from './en';
import { en } from './en';
import { zhCN } from './zh-CN';

export const CATALOGUES: { readonly [L in Language]: Catalogue } = { en, 'zh-CN': zhCN };

/** The `{name}` placeholders of a message text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type MessageParams<K extends MessageKey> = [Placeholders<EnglishCatalogue[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<EnglishCatalogue[K]>]: string | number }];

/** Keys whose text takes no parameters: safe to choose at run time (e.g. from an error code). */
export type PlainMessageKey = {
  [K in MessageKey]: [Placeholders<EnglishCatalogue[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Replaces `{name}` with `params.name`; unknown names are left as they are. */
export const interpolate = (text: string, params: Readonly<Record<string, string | number>> = {}): string =>
  text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });

/** The names used as `{name}` in a text, in order of first use. */
export const placeholderNames = (text: string): readonly string[] => [
  ...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1] ?? '')),
];

export const createTranslator = (language: Language): Translate => {
  const catalogue = CATALOGUES[language];
  return (key, ...params) => interpolate(catalogue[key] ?? en[key], params[0]);
};
