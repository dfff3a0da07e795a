// The effective rule set as the Rules view shows it (contract RulesView): every category with
// its necessary items and the decision for each rule key that is not the not-necessary default.
import type { RulesView } from '../../preload/contract';
import { isBuiltInCategoryId } from '../rules/category-ids';
import { RULE_KEYS } from '../rules/rule-keys';
import type { RuleSet } from '../rules/rule-set';
import { decisionFor } from '../rules/rule-set';

type Decisions = RulesView['categories'][number]['decisions'];

export const rulesView = (rules: RuleSet): RulesView => ({
  rulesetVersion: rules.version,
  ruleKeys: RULE_KEYS,
  categories: [...rules.categories.values()].map((category) => {
    const decisions: Record<string, Decisions[string]> = {};
    for (const key of RULE_KEYS) {
      const resolved = decisionFor(rules, category.id, key);
      if (resolved.source === 'default') continue;
      decisions[key] = {
        decision: resolved.decision,
        ...(resolved.piItem === undefined ? {} : { piItem: resolved.piItem }),
        ...(resolved.condition === undefined ? {} : { condition: resolved.condition }),
        ...(resolved.source === 'user' ? { overridden: true } : {}),
      };
    }
    return {
      id: category.id,
      ...(category.number > 0 ? { number: category.number } : {}),
      name: { en: category.nameEn, zh: category.nameZh },
      basicFunction: category.basicFunction,
      necessaryItems: category.necessaryPersonalInfo,
      noPersonalInfoRequired: category.noPersonalInfoRequired,
      citation: category.citation,
      userDefined: !isBuiltInCategoryId(category.id),
      decisions,
    };
  }),
});
