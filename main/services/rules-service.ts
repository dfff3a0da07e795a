// The user's rule overrides, kept in the store's rule_overrides table (every save a new
// version): the Rules view, one decision changed or cleared, export and import of the
// overrides document. The effective rule set is cached until the overrides change.
import type { ExportedReport, RuleDecision, RulesView } from '../../preload/contract';
import type { RuleOverridesRepository } from '../db/repositories/rule-overrides-repository';
import type { RuleOverrides } from '../rules/overrides';
import { effectiveRules, emptyOverrides, parseOverrides } from '../rules/overrides';
import { exportOverrides, importOverrides } from '../rules/overrides-file';
import type { RuleKey } from '../rules/rule-keys';
import type { RuleSet } from '../rules/rule-set';
import { builtInRules, decisionFor } from '../rules/rule-set';
import type { DecisionTable } from '../rules/schema';
import { rulesView } from './rules-view';
import { asRequestRefused, RequestRefused } from './service-errors';

export interface RulesService {
  effective(): Promise<RuleSet>;
  view(): Promise<RulesView>;
  setDecision(request: {
    categoryId: string;
    ruleKey: RuleKey;
    decision: RuleDecision | null;
  }): Promise<RulesView>;
  exportOverrides(): Promise<ExportedReport>;
  importOverrides(content: string): Promise<RulesView>;
}

const USER_CONDITION = { en: 'Set by the user', zh: '由用户设定' };

/** The decision entry for `decision`, keeping the built-in PI item and condition when it fits. */
const decisionEntry = (
  rules: RuleSet,
  request: { categoryId: string; ruleKey: RuleKey; decision: RuleDecision },
) => {
  const category = rules.categories.get(request.categoryId);
  if (category === undefined) throw new RequestRefused(`unknown category ${request.categoryId}`);
  const current = decisionFor(rules, request.categoryId, request.ruleKey);
  if (request.decision === 'necessary') {
    const piItem = current.piItem ?? category.necessaryPersonalInfo[0]?.zh;
    if (piItem === undefined) {
      throw new RequestRefused(`${request.categoryId} lists no necessary personal information item`);
    }
    return { decision: request.decision, piItem };
  }
  if (request.decision === 'conditional') {
    return { decision: request.decision, condition: current.condition ?? USER_CONDITION };
  }
  return { decision: request.decision };
};

export const createRulesService = (repository: RuleOverridesRepository): RulesService => {
  let cached: { overrides: RuleOverrides; rules: RuleSet } | undefined;
  const load = async () => {
    if (cached !== undefined) return cached;
    const stored = await repository.latest();
    const overrides = stored === undefined ? emptyOverrides() : parseOverrides(stored.document);
    cached = { overrides, rules: effectiveRules(builtInRules(), overrides) };
    return cached;
  };
  /** Validates against the built-in set, stores a new version, refreshes the cache. */
  const save = async (overrides: RuleOverrides): Promise<RulesView> => {
    let rules: RuleSet;
    try {
      rules = effectiveRules(builtInRules(), parseOverrides(overrides));
    } catch (error) {
      return asRequestRefused(error);
    }
    await repository.save(overrides);
    cached = { overrides, rules };
    return rulesView(rules);
  };
  return {
    effective: async () => (await load()).rules,
    view: async () => rulesView((await load()).rules),
    setDecision: async ({ categoryId, ruleKey, decision }) => {
      const { overrides, rules } = await load();
      const table: DecisionTable = { ...overrides.decisions[categoryId] };
      if (decision === null) delete table[ruleKey];
      else table[ruleKey] = decisionEntry(rules, { categoryId, ruleKey, decision });
      const decisions = { ...overrides.decisions, [categoryId]: table };
      if (Object.keys(table).length === 0) delete decisions[categoryId];
      return save({ ...overrides, decisions });
    },
    exportOverrides: async () => ({
      fileName: 'privacyscope-rule-overrides.json',
      mimeType: 'application/json',
      content: exportOverrides((await load()).overrides),
    }),
    importOverrides: async (content) => {
      let overrides: RuleOverrides;
      try {
        overrides = importOverrides(content);
      } catch (error) {
        return asRequestRefused(error);
      }
      return save(overrides);
    },
  };
};
