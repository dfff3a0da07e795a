// Pure helpers of the Rules view: category order and labels, the decision choices, and the
// decision shown for a rule key (absent keys are "not necessary", as the classifier treats them).
import type { CategoryRuleView, Language, RuleDecision } from '../../../../preload/contract';
import { pickText } from '../plan/localised-text';

export const RULE_DECISIONS: readonly RuleDecision[] = [
  'necessary',
  'conditional',
  'extended',
  'not-necessary',
];

export const isRuleDecision = (value: string): value is RuleDecision =>
  (RULE_DECISIONS as readonly string[]).includes(value);

/** The regulation's 39 types in their order (1–39), then unclassified and the user's own. */
export const sortCategories = (categories: readonly CategoryRuleView[]): readonly CategoryRuleView[] =>
  [...categories].sort(
    (a, b) =>
      (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) ||
      Number(a.userDefined) - Number(b.userDefined) ||
      a.id.localeCompare(b.id),
  );

/** "1. 地图导航类" / "1. Map navigation"; unnumbered categories show their name only. */
export const categoryLabel = (category: CategoryRuleView, language: Language): string => {
  const name = pickText(category.name, language);
  return category.number === undefined ? name : `${category.number}. ${name}`;
};

export const decisionOf = (category: CategoryRuleView, ruleKey: string): RuleDecision =>
  category.decisions[ruleKey]?.decision ?? 'not-necessary';

/** `android.permission-group.LOCATION` → `LOCATION`; special access keys stay as they are. */
export const ruleKeyLabel = (ruleKey: string): string => ruleKey.split('.').at(-1) ?? ruleKey;
