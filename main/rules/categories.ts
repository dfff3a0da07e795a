// Category ids (category-ids.ts) and typed access to the category records of a rule set.
import type { RuleSet } from './rule-set';
import { builtInRules } from './rule-set';
import type { Category } from './schema';
import { UNCLASSIFIED } from './category-ids';

export {
  CATEGORY_IDS,
  REGULATION_CATEGORY_IDS,
  UNCLASSIFIED,
  isBuiltInCategoryId,
  regulationItemNumber,
} from './category-ids';
export type { BuiltInCategoryId, CategoryId, RegulationCategoryId } from './category-ids';
export type { Category } from './schema';

/** The 39 regulation categories and `unclassified`, in regulation order. */
export const builtInCategories = (): readonly Category[] => [...builtInRules().categories.values()];

/** A category of the rule set; unknown ids fall back to `unclassified`. */
export const categoryOf = (rules: RuleSet, id: string): Category => {
  const category = rules.categories.get(id) ?? rules.categories.get(UNCLASSIFIED);
  if (category === undefined) throw new RangeError(`rule set has no category ${id} nor ${UNCLASSIFIED}`);
  return category;
};
