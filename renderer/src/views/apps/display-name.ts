// The name a person knows an app by: the built-in catalogue's name in the UI language (the
// scan carries it as `category.knownName`; phones give no labels over adb), else the package.
import type { AuditedApp, Language } from '../../../../preload/contract';

export interface KnownNames {
  readonly en?: string;
  readonly zh?: string;
}

export const knownNames = (app: AuditedApp): KnownNames => app.category.knownName ?? {};

/** The known name in `language` (the other language's as a fallback), else the package. */
export const displayName = (app: AuditedApp, language: Language): string => {
  const names = knownNames(app);
  const preferred = language === 'zh-CN' ? (names.zh ?? names.en) : (names.en ?? names.zh);
  return preferred ?? app.packageName;
};
