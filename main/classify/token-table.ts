// The token table (data/tokens.json): per category, words that hint at it in package names and
// Latin labels (with pinyin), and zh phrases matched inside labels. Parsed with zod once.
import { z } from 'zod';
import { REGULATION_CATEGORY_IDS } from '../rules/categories';
import type { RegulationCategoryId } from '../rules/categories';
import tokensData from './data/tokens.json';
import { ClassifyDataError } from './errors';

const weight = z.number().gt(0).lte(1);

export const tokenTableSchema = z
  .object({
    version: z.number().int().positive(),
    description: z.string(),
    partialFactor: z.number().gt(0).lte(1),
    categories: z.partialRecord(
      z.enum(REGULATION_CATEGORY_IDS),
      z
        .object({
          words: z.record(z.string().regex(/^[a-z0-9]+\*?$/), weight),
          labelPhrases: z.record(z.string().min(1), weight),
        })
        .strict(),
    ),
  })
  .strict();

export interface TokenRule {
  readonly token: string;
  readonly categoryId: RegulationCategoryId;
  readonly weight: number;
  /** Also matches inside a longer word (at partialFactor of the weight). */
  readonly partial: boolean;
}

export interface TokenTable {
  readonly version: number;
  readonly partialFactor: number;
  /** Exact word → rule. A word belongs to one category. */
  readonly words: ReadonlyMap<string, TokenRule>;
  /** Rules that may match inside longer words, longest first. */
  readonly partialWords: readonly TokenRule[];
  readonly labelPhrases: readonly TokenRule[];
}

/** Parses a token table document; throws ClassifyDataError naming the first bad path. */
export const parseTokenTable = (data: unknown, origin = 'tokens.json'): TokenTable => {
  const result = tokenTableSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.')}: ${issue.message}`;
    throw new ClassifyDataError(`${origin} is malformed${where}`);
  }
  const words = new Map<string, TokenRule>();
  const labelPhrases: TokenRule[] = [];
  for (const categoryId of REGULATION_CATEGORY_IDS) {
    const entry = result.data.categories[categoryId];
    if (entry === undefined) continue;
    for (const [key, value] of Object.entries(entry.words)) {
      const token = key.replace(/\*$/, '');
      const other = words.get(token);
      if (other !== undefined) {
        throw new ClassifyDataError(
          `${origin}: word '${token}' is under ${other.categoryId} and ${categoryId}`,
        );
      }
      words.set(token, { token, categoryId, weight: value, partial: key.endsWith('*') });
    }
    for (const [phrase, value] of Object.entries(entry.labelPhrases)) {
      labelPhrases.push({ token: phrase, categoryId, weight: value, partial: true });
    }
  }
  const partialWords = [...words.values()]
    .filter((rule) => rule.partial)
    .sort((a, b) => b.token.length - a.token.length);
  return {
    version: result.data.version,
    partialFactor: result.data.partialFactor,
    words,
    partialWords,
    labelPhrases,
  };
};

let cached: TokenTable | undefined;

/** The shipped token table (parsed once). */
export const builtInTokenTable = (): TokenTable =>
  (cached ??= parseTokenTable(tokensData, 'main/classify/data/tokens.json'));
