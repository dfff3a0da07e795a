// The name a person knows an app by, in the UI language: the label the phone shows under the
// icon (read from the APK by the scan: its Chinese or English form, else its default), then the
// built-in catalogue's name (`category.knownName`), then the package name.
import type { AuditedApp, Language } from '../../../../preload/contract';

export interface KnownNames {
  readonly en?: string;
  readonly zh?: string;
}

/** Every name the app is known by: the phone's label forms and the catalogue's names. */
export const knownNames = (app: AuditedApp): KnownNames & { readonly label?: string } => {
  const catalogue: KnownNames = app.category.knownName ?? {};
  const label = app.label ?? undefined;
  const en = label?.en ?? catalogue.en;
  const zh = label?.zh ?? catalogue.zh;
  return {
    ...(en === undefined ? {} : { en }),
    ...(zh === undefined ? {} : { zh }),
    ...(label === undefined ? {} : { label: label.default }),
  };
};

/**
 * zh-CN: the phone's Chinese label, the catalogue's Chinese name, the phone's default label,
 * then English names; en: the same with the languages swapped. Else the package.
 */
export const displayName = (app: AuditedApp, language: Language): string => {
  const label = app.label ?? undefined;
  const catalogue = app.category.knownName;
  const [first, second] = language === 'zh-CN' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);
  return (
    label?.[first] ??
    catalogue?.[first] ??
    label?.default ??
    label?.[second] ??
    catalogue?.[second] ??
    app.packageName
  );
};
