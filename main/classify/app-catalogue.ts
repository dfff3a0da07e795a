// The built-in catalogue of popular apps (data/app-catalogue.json): package name → regulation
// category, with zh/en display names, where the pairing comes from and, for apps that span
// several types, the confidence of the pairing. Parsed with zod once, at first use.
import { z } from 'zod';
import { REGULATION_CATEGORY_IDS } from '../rules/categories';
import type { RegulationCategoryId } from '../rules/categories';
import catalogueData from './data/app-catalogue.json';
import { ClassifyDataError } from './errors';

/** A Java package name with at least two segments, as Android requires for apps. */
export const APP_PACKAGE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)+$/;

const entrySchema = z
  .object({
    package: z.string().regex(APP_PACKAGE_NAME),
    category: z.enum(REGULATION_CATEGORY_IDS),
    zh: z.string().trim().min(1),
    en: z.string().trim().min(1),
    /** "well-known", or the store the pairing was read from. */
    source: z.string().min(1),
    /** Set when the app spans several types; otherwise CONFIDENCE.catalogue applies. */
    confidence: z.number().gt(0).lte(1).optional(),
  })
  .strict();

export const appCatalogueSchema = z
  .object({
    version: z.number().int().positive(),
    description: z.string(),
    apps: z.array(entrySchema).min(1),
  })
  .strict()
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.apps.forEach((app, index) => {
      if (seen.has(app.package)) {
        context.addIssue({
          code: 'custom',
          path: ['apps', index, 'package'],
          message: `duplicate ${app.package}`,
        });
      }
      seen.add(app.package);
    });
  });

export interface CatalogueEntry {
  readonly packageName: string;
  readonly categoryId: RegulationCategoryId;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly source: string;
  readonly confidence?: number;
}

export interface AppCatalogue {
  readonly version: number;
  readonly entries: readonly CatalogueEntry[];
  readonly byPackage: ReadonlyMap<string, CatalogueEntry>;
}

/** Parses a catalogue document; throws ClassifyDataError naming the first bad path. */
export const parseAppCatalogue = (data: unknown, origin = 'app-catalogue.json'): AppCatalogue => {
  const result = appCatalogueSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.')}: ${issue.message}`;
    throw new ClassifyDataError(`${origin} is malformed${where}`);
  }
  const entries = result.data.apps.map((app): CatalogueEntry => ({
    packageName: app.package,
    categoryId: app.category,
    nameZh: app.zh,
    nameEn: app.en,
    source: app.source,
    ...(app.confidence === undefined ? {} : { confidence: app.confidence }),
  }));
  return {
    version: result.data.version,
    entries,
    byPackage: new Map(entries.map((entry) => [entry.packageName, entry])),
  };
};

let cached: AppCatalogue | undefined;

/** The shipped catalogue (parsed once). */
export const builtInCatalogue = (): AppCatalogue =>
  (cached ??= parseAppCatalogue(catalogueData, 'main/classify/data/app-catalogue.json'));
