// Step 4 of classification: words of the package name and label, and zh phrases of the label,
// looked up in the token table. Hits for one category combine by noisy-OR (1 − Π(1 − w));
// the best category wins if it reaches CONFIDENCE.tokenMin, its confidence capped at tokenMax.
import { REGULATION_CATEGORY_IDS } from '../rules/categories';
import type { RegulationCategoryId } from '../rules/categories';
import type { TokenRule, TokenTable } from './token-table';
import { tokenise } from './tokenise';

export interface TokenHit {
  readonly rule: TokenRule;
  readonly where: 'package' | 'label';
  /** The word or label it was found in. */
  readonly found: string;
  /** The rule's weight, reduced by partialFactor when found inside a longer word. */
  readonly weight: number;
}

export interface TokenScore {
  readonly categoryId: RegulationCategoryId;
  /** Noisy-OR of the hits, 0..1. */
  readonly score: number;
  readonly hits: readonly TokenHit[];
}

const wordHits = (options: {
  words: readonly string[];
  where: TokenHit['where'];
  table: TokenTable;
}): TokenHit[] => {
  const { words, where, table } = options;
  const hits: TokenHit[] = [];
  for (const word of words) {
    const exact = table.words.get(word);
    if (exact !== undefined) {
      hits.push({ rule: exact, where, found: word, weight: exact.weight });
      continue;
    }
    for (const rule of table.partialWords) {
      if (word.includes(rule.token)) {
        hits.push({ rule, where, found: word, weight: rule.weight * table.partialFactor });
      }
    }
  }
  return hits;
};

/** Every hit of a package name and an optional label; one (the strongest) per rule. */
export const tokenHits = (options: {
  packageName: string;
  label?: string;
  table: TokenTable;
}): TokenHit[] => {
  const { packageName, label, table } = options;
  const hits = wordHits({ words: tokenise(packageName), where: 'package', table });
  if (label !== undefined && label.trim() !== '') {
    hits.push(...wordHits({ words: tokenise(label), where: 'label', table }));
    for (const rule of table.labelPhrases) {
      if (label.includes(rule.token)) hits.push({ rule, where: 'label', found: label, weight: rule.weight });
    }
  }
  const strongest = new Map<TokenRule, TokenHit>();
  for (const hit of hits) {
    const previous = strongest.get(hit.rule);
    if (previous === undefined || hit.weight > previous.weight) strongest.set(hit.rule, hit);
  }
  return [...strongest.values()];
};

const order = (id: RegulationCategoryId): number => REGULATION_CATEGORY_IDS.indexOf(id);

/** Scores per category, best first (ties in regulation order). */
export const scoreTokens = (hits: readonly TokenHit[]): TokenScore[] => {
  const byCategory = new Map<RegulationCategoryId, TokenHit[]>();
  for (const hit of hits) {
    const list = byCategory.get(hit.rule.categoryId) ?? [];
    list.push(hit);
    byCategory.set(hit.rule.categoryId, list);
  }
  return [...byCategory.entries()]
    .map(([categoryId, list]) => ({
      categoryId,
      score: 1 - list.reduce((miss, hit) => miss * (1 - hit.weight), 1),
      hits: [...list].sort((a, b) => b.weight - a.weight),
    }))
    .sort((a, b) => b.score - a.score || order(a.categoryId) - order(b.categoryId));
};
