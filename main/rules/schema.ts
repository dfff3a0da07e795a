// zod schemas for the rule data files (main/rules/data/*.json) and the user's overrides. The
// data is parsed with these at load, so a malformed file fails fast with a readable path.
import { z } from 'zod';
import { RULE_KEYS } from './rule-keys';

export const textSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const DECISIONS = ['necessary', 'conditional', 'extended', 'not-necessary'] as const;
export const SENSITIVITIES = ['high', 'medium', 'low', 'info'] as const;

export const ruleKeySchema = z.enum(RULE_KEYS);

export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS),
    /** The category's necessary PI item (zh text, exactly as listed) the grant serves. */
    piItem: z.string().min(1).optional(),
    condition: textSchema.optional(),
    note: textSchema.optional(),
  })
  .strict()
  .refine((value) => value.decision !== 'necessary' || value.piItem !== undefined, {
    message: 'a necessary decision names the PI item it serves',
  })
  .refine((value) => value.decision !== 'conditional' || value.condition !== undefined, {
    message: 'a conditional decision states its condition',
  });

export const decisionTableSchema = z.partialRecord(ruleKeySchema, decisionSchema);

export const categorySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** Art. 5 item (1–39); 0 for the project's and the user's own categories. */
    number: z.number().int().min(0).max(39),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    basicFunction: textSchema,
    necessaryPersonalInfo: z.array(textSchema),
    noPersonalInfoRequired: z.boolean(),
    citation: textSchema,
    verification: z.string().optional(),
  })
  .strict();

export const categoriesFileSchema = z.object({
  $comment: z.string(),
  regulation: z.object({
    titleZh: z.string(),
    titleEn: z.string(),
    effectiveDate: z.string(),
    officialUrl: z.string(),
  }),
  categories: z.array(categorySchema).min(1),
});

export const decisionsFileSchema = z.object({
  $comment: z.string(),
  version: z.string().regex(/^[\w.-]+\/\d+$/),
  common: decisionTableSchema,
  neverNecessary: z.array(ruleKeySchema),
  categories: z.record(z.string(), decisionTableSchema),
});

export const subjectSchema = z
  .object({
    key: ruleKeySchema,
    type: z.enum(['group', 'permission', 'special-access']),
    label: textSchema,
    sensitivity: z.enum(SENSITIVITIES),
    standIn: z.boolean(),
  })
  .strict();

export const subjectsFileSchema = z.object({ $comment: z.string(), subjects: z.array(subjectSchema) });

export const appStoresFileSchema = z.object({
  $comment: z.string(),
  stores: z.array(z.object({ packageName: z.string().min(1), name: z.string().min(1) }).strict()),
  packageInstallers: z.array(z.string().min(1)),
});

export type Text = z.infer<typeof textSchema>;
export type Decision = (typeof DECISIONS)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];
export type RuleDecision = z.infer<typeof decisionSchema>;
export type DecisionTable = z.infer<typeof decisionTableSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Subject = z.infer<typeof subjectSchema>;
