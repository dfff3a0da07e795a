// The categories one can choose for an app (the 39 types in the regulation's order, the
// user's own, then unclassified), and replacing a re-judged app in a scan.
import type { AuditedApp, AuditedScan, Language, RulesView } from '../../../../preload/contract';

export interface CategoryOption {
  readonly id: string;
  readonly label: string;
}

export const UNCLASSIFIED = 'unclassified';

export const categoryOptions = (rules: RulesView | undefined, language: Language): CategoryOption[] => {
  const categories = [...(rules?.categories ?? [])].sort(
    (a, b) =>
      Number(a.id === UNCLASSIFIED) - Number(b.id === UNCLASSIFIED) ||
      (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER),
  );
  return categories.map((category) => {
    const name = language === 'zh-CN' ? category.name.zh : category.name.en;
    return { id: category.id, label: category.number === undefined ? name : `${category.number}. ${name}` };
  });
};

export const replaceApp = (scan: AuditedScan, judged: AuditedApp): AuditedScan => ({
  ...scan,
  apps: scan.apps.map((app) => (app.packageName === judged.packageName ? judged : app)),
});
