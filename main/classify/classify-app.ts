// Classifies one app into a regulation category. Highest first: 1) the user's choice; 2) the
// built-in catalogue; 3) capabilities declared on the phone; 4) words of the package name and
// label; 5) `unclassified`. Pure: the catalogue and token table default to the shipped ones.
import type { CategoryId } from '../rules/categories';
import { UNCLASSIFIED } from '../rules/categories';
import type { AppCatalogue } from './app-catalogue';
import { builtInCatalogue } from './app-catalogue';
import { matchCapabilities } from './capability-classifier';
import type { Classification } from './classification';
import { CONFIDENCE } from './classification';
import type { DeclaredCapabilities } from './declared-capabilities';
import {
  capabilityReason,
  catalogueReason,
  noneReason,
  roleReason,
  tokenReason,
  userReason,
} from './reason-text';
import { scoreTokens, tokenHits } from './token-classifier';
import type { TokenTable } from './token-table';
import { builtInTokenTable } from './token-table';

export interface ClassifyAppInput {
  readonly packageName: string;
  /** The app's label as the phone shows it (zh or Latin). */
  readonly label?: string;
  readonly capabilities?: DeclaredCapabilities;
  /** The category the user chose (a built-in id or one of their own). */
  readonly userChoice?: CategoryId;
  readonly catalogue?: AppCatalogue;
  readonly tokens?: TokenTable;
}

const round = (value: number): number => Math.round(value * 100) / 100;

const byTokens = (input: ClassifyAppInput): Classification | undefined => {
  const table = input.tokens ?? builtInTokenTable();
  const hits = tokenHits({
    packageName: input.packageName,
    ...(input.label === undefined ? {} : { label: input.label }),
    table,
  });
  const [best, runnerUp] = scoreTokens(hits);
  if (best === undefined || best.score < CONFIDENCE.tokenMin) return undefined;
  const evidence = best.hits.map(
    (hit) =>
      `${hit.where} word "${hit.rule.token}"${hit.found === hit.rule.token ? '' : ` in "${hit.found}"`} → ${hit.rule.categoryId} +${round(hit.weight)}`,
  );
  if (runnerUp !== undefined) evidence.push(`runner-up: ${runnerUp.categoryId} ${round(runnerUp.score)}`);
  return {
    categoryId: best.categoryId,
    confidence: round(Math.min(CONFIDENCE.tokenMax, best.score)),
    reason: tokenReason({ categoryId: best.categoryId, hits: best.hits, evidence }),
  };
};

export const classifyApp = (input: ClassifyAppInput): Classification => {
  if (input.userChoice !== undefined) {
    return {
      categoryId: input.userChoice,
      confidence: CONFIDENCE.user,
      reason: userReason(input.userChoice),
    };
  }

  const entry = (input.catalogue ?? builtInCatalogue()).byPackage.get(input.packageName);
  if (entry !== undefined) {
    const confidence = entry.confidence ?? CONFIDENCE.catalogue;
    return { categoryId: entry.categoryId, confidence, reason: catalogueReason(entry, confidence) };
  }

  const capabilities = matchCapabilities(input.capabilities ?? {});
  const capabilityEvidence = capabilities.described.map(
    (item) => `capability ${item.capability}: ${item.en}`,
  );
  if (capabilities.typed !== undefined) {
    const { categoryId, text } = capabilities.typed;
    return {
      categoryId,
      confidence: CONFIDENCE.capability,
      reason: capabilityReason({ categoryId, decisive: text, evidence: capabilityEvidence }),
    };
  }

  const guessed = byTokens(input);
  if (guessed !== undefined) return guessed;

  if (capabilities.roles.length > 0) {
    return {
      categoryId: UNCLASSIFIED,
      confidence: CONFIDENCE.none,
      reason: roleReason(capabilities.roles, capabilityEvidence),
    };
  }
  return { categoryId: UNCLASSIFIED, confidence: CONFIDENCE.none, reason: noneReason() };
};
