// Necessity rules: the 39 categories of the 2021 Provisions, per-category decisions, overrides.
export * from './categories';
export { RuleOverridesError, RulesDataError, RulesError } from './errors';
export type { RuleOverrides } from './overrides';
export {
  effectiveRules,
  emptyOverrides,
  parseOverrides,
  RULE_OVERRIDES_FORMAT,
  ruleOverridesSchema,
} from './overrides';
export { exportOverrides, importOverrides, loadOverrides, saveOverrides } from './overrides-file';
export * from './rule-keys';
export type { ResolvedDecision, RuleSet } from './rule-set';
export { builtInRules, decisionFor, parseBuiltInRules, RULESET_VERSION } from './rule-set';
export type { Decision, DecisionTable, RuleDecision, Sensitivity, Subject, Text } from './schema';
