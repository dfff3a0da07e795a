// A rule set: categories, per-category decisions, subject sensitivities and the store list, with
// the version that judged a report. `builtInRules()` parses the shipped data (zod) once;
// `effectiveRules()` (overrides.ts) layers the user's overrides on top.
import type { z } from 'zod';
import appStoresData from './data/app-stores.json';
import categoriesData from './data/categories.json';
import decisionsData from './data/decisions.json';
import subjectsData from './data/subjects.json';
import { RulesDataError } from './errors';
import type { RuleKey } from './rule-keys';
import type { Category, DecisionTable, RuleDecision, Subject } from './schema';
import { appStoresFileSchema, categoriesFileSchema, decisionsFileSchema, subjectsFileSchema } from './schema';

/** Version of the shipped rule data; bump the number whenever a decision or category changes. */
export const RULESET_VERSION = '2021-provisions/1';

export interface RuleSet {
  /** RULESET_VERSION, plus "+user" when overrides changed anything. */
  readonly version: string;
  readonly categories: ReadonlyMap<string, Category>;
  /** Decisions per category id; a key not listed falls back to `common`, then not-necessary. */
  readonly decisions: ReadonlyMap<string, DecisionTable>;
  readonly common: DecisionTable;
  readonly neverNecessary: readonly RuleKey[];
  readonly subjects: ReadonlyMap<RuleKey, Subject>;
  readonly storeInstallers: ReadonlyMap<string, string>;
  readonly packageInstallers: ReadonlySet<string>;
  /** `${categoryId}/${ruleKey}` of decisions the user set. */
  readonly userDecisions: ReadonlySet<string>;
}

/** A decision with where it came from. */
export interface ResolvedDecision extends RuleDecision {
  readonly source: 'category' | 'common' | 'default' | 'user';
}

const parse = <T>(schema: z.ZodType<T>, data: unknown, file: string): T => {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.')}: ${issue.message}`;
    throw new RulesDataError(`main/rules/data/${file} is malformed${where}`);
  }
  return result.data;
};

/** Parses the shipped data; throws RulesDataError if any file fails its schema. */
export const parseBuiltInRules = (): RuleSet => {
  const categories = parse(categoriesFileSchema, categoriesData, 'categories.json');
  const decisions = parse(decisionsFileSchema, decisionsData, 'decisions.json');
  const subjects = parse(subjectsFileSchema, subjectsData, 'subjects.json');
  const stores = parse(appStoresFileSchema, appStoresData, 'app-stores.json');
  if (decisions.version !== RULESET_VERSION) {
    throw new RulesDataError(`decisions.json is ${decisions.version}, code expects ${RULESET_VERSION}`);
  }
  return {
    version: RULESET_VERSION,
    categories: new Map(categories.categories.map((category) => [category.id, category])),
    decisions: new Map(Object.entries(decisions.categories)),
    common: decisions.common,
    neverNecessary: decisions.neverNecessary,
    subjects: new Map(subjects.subjects.map((subject) => [subject.key, subject])),
    storeInstallers: new Map(stores.stores.map((store) => [store.packageName, store.name])),
    packageInstallers: new Set(stores.packageInstallers),
    userDecisions: new Set(),
  };
};

let cached: RuleSet | undefined;

/** The shipped rule set (parsed once). */
export const builtInRules = (): RuleSet => (cached ??= parseBuiltInRules());

/** The decision for one category and rule key: category, then common, then not-necessary. */
export const decisionFor = (rules: RuleSet, categoryId: string, key: RuleKey): ResolvedDecision => {
  const own = rules.decisions.get(categoryId)?.[key];
  if (own !== undefined) {
    return { ...own, source: rules.userDecisions.has(`${categoryId}/${key}`) ? 'user' : 'category' };
  }
  const common = rules.common[key];
  if (common !== undefined) return { ...common, source: 'common' };
  return { decision: 'not-necessary', source: 'default' };
};
