// The user's overrides: changed decisions for any category and categories of their own, applied on
// top of the built-in set. Stored as JSON (overrides-file.ts) until the SQLite store exists.
import { z } from 'zod';
import { isBuiltInCategoryId } from './category-ids';
import { RuleOverridesError } from './errors';
import type { RuleSet } from './rule-set';
import type { RuleKey } from './rule-keys';
import { categorySchema, decisionTableSchema } from './schema';

export const RULE_OVERRIDES_FORMAT = 1;

export const ruleOverridesSchema = z
  .object({
    format: z.literal(RULE_OVERRIDES_FORMAT),
    /** The built-in version the user edited against (informational). */
    basedOn: z.string().optional(),
    /** The user's own categories (ids must not be built-in ones). */
    categories: z.array(categorySchema).default([]),
    /** category id → rule key → decision; replaces the built-in decision for that key. */
    decisions: z.record(z.string(), decisionTableSchema).default({}),
  })
  .strict();

export type RuleOverrides = z.infer<typeof ruleOverridesSchema>;

export const emptyOverrides = (): RuleOverrides => ({
  format: RULE_OVERRIDES_FORMAT,
  categories: [],
  decisions: {},
});

/** Validates an unknown value (parsed JSON) as overrides; throws RuleOverridesError. */
export const parseOverrides = (value: unknown): RuleOverrides => {
  const result = ruleOverridesSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.') || '(root)'}: ${issue.message}`;
    throw new RuleOverridesError(`invalid rule overrides${where}`);
  }
  return result.data;
};

/**
 * The built-in set with the overrides applied. A decision naming a PI item must name one of the
 * category's items; decisions for unknown categories and user categories reusing a built-in id
 * are errors. The version gains "+user" when anything changed.
 */
export const effectiveRules = (builtIn: RuleSet, overrides: RuleOverrides): RuleSet => {
  const categories = new Map(builtIn.categories);
  for (const category of overrides.categories) {
    if (isBuiltInCategoryId(category.id)) {
      throw new RuleOverridesError(`category ${category.id} is built in; override its decisions instead`);
    }
    categories.set(category.id, category);
  }
  const decisions = new Map(builtIn.decisions);
  const userDecisions = new Set(builtIn.userDecisions);
  for (const [categoryId, table] of Object.entries(overrides.decisions)) {
    const category = categories.get(categoryId);
    if (category === undefined) throw new RuleOverridesError(`decisions for unknown category ${categoryId}`);
    for (const [key, decision] of Object.entries(table)) {
      if (
        decision.piItem !== undefined &&
        !category.necessaryPersonalInfo.some((i) => i.zh === decision.piItem)
      ) {
        throw new RuleOverridesError(
          `${categoryId}/${key}: ${decision.piItem} is not a PI item of the category`,
        );
      }
      userDecisions.add(`${categoryId}/${key as RuleKey}`);
    }
    decisions.set(categoryId, { ...decisions.get(categoryId), ...table });
  }
  const changed = overrides.categories.length > 0 || userDecisions.size > builtIn.userDecisions.size;
  return {
    ...builtIn,
    version: changed && !builtIn.version.endsWith('+user') ? `${builtIn.version}+user` : builtIn.version,
    categories,
    decisions,
    userDecisions,
  };
};
