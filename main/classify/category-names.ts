// zh/en names of a category id for reasons and the CLI, from the rule set's category records
// (main/rules/data/categories.json). A user-defined id without a record is shown as the id.
import { builtInRules } from '../rules/rule-set';

export interface CategoryNames {
  readonly zh: string;
  readonly en: string;
}

export const categoryNames = (id: string): CategoryNames => {
  const category = builtInRules().categories.get(id);
  return category === undefined ? { zh: id, en: id } : { zh: category.nameZh, en: category.nameEn };
};
