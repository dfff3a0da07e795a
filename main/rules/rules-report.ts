// The rule set as a plain document: each category with its necessary PI items and every
// decision that is not the not-necessary default (category decisions over the common ones).
// `privacyscope rules --json` prints it; the UI can show it as is.
import type { RuleSet } from './rule-set';
import { decisionFor } from './rule-set';
import type { RuleKey } from './rule-keys';
import { RULE_KEYS } from './rule-keys';
import type { Category, RuleDecision } from './schema';

export interface RulesReportDecision extends RuleDecision {
  readonly key: RuleKey;
  readonly source: 'category' | 'common' | 'user';
}

export interface RulesReportCategory extends Category {
  readonly decisions: readonly RulesReportDecision[];
}

export interface RulesReport {
  readonly rulesetVersion: string;
  /** Every rule key not listed for a category is `not-necessary` for it. */
  readonly defaultDecision: 'not-necessary';
  readonly neverNecessary: readonly RuleKey[];
  readonly categories: readonly RulesReportCategory[];
}

export const rulesReport = (rules: RuleSet): RulesReport => ({
  rulesetVersion: rules.version,
  defaultDecision: 'not-necessary',
  neverNecessary: rules.neverNecessary,
  categories: [...rules.categories.values()].map((category) => ({
    ...category,
    decisions: RULE_KEYS.flatMap((key): RulesReportDecision[] => {
      const { source, ...decision } = decisionFor(rules, category.id, key);
      return source === 'default' ? [] : [{ key, ...decision, source }];
    }),
  })),
});
