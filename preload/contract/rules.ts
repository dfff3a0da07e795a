// The necessity rules as the Rules view shows them: the 39 categories (+ unclassified and the
// user's own), what each needs, and the decision for every permission group / special access.
import type { LocalisedText, RuleDecision } from './audit';

export interface CategoryRuleView {
  readonly id: string;
  /** 1–39 for the regulation's types; absent for unclassified and user categories. */
  readonly number?: number;
  readonly name: LocalisedText;
  readonly basicFunction: LocalisedText;
  readonly necessaryItems: readonly LocalisedText[];
  readonly noPersonalInfoRequired: boolean;
  readonly citation: LocalisedText;
  readonly userDefined: boolean;
  /** Rule key (permission group, sensitive permission or special access) → decision. */
  readonly decisions: Readonly<
    Record<
      string,
      {
        readonly decision: RuleDecision;
        readonly piItem?: string;
        readonly condition?: LocalisedText;
        readonly overridden?: boolean;
      }
    >
  >;
}

export interface RulesView {
  readonly rulesetVersion: string;
  readonly ruleKeys: readonly string[];
  readonly categories: readonly CategoryRuleView[];
}
