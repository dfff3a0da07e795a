// plan.json: a Plan written by `privacyscope plan --out` and read back by `apply`. Validated
// with zod on load (a hand-edited or truncated file must fail before anything runs).
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { ActionKind, ComponentAccess, SkipReason } from '../actions/action-types';
import { EnabledState } from '../snapshot/device-snapshot';
import type { Plan } from '../actions/action-types';
import { PlanFileError } from './plan-errors';

const text = z.object({ en: z.string(), zh: z.string() }).strict();
const name = z.string().regex(/^[A-Za-z0-9_.:/$-]+$/);

const targetSchema = z
  .object({
    packageName: z.string().regex(/^[A-Za-z0-9_.]+$/),
    userId: z.number().int().min(0),
    permission: name.optional(),
    op: name.optional(),
    mode: name.optional(),
    component: name.optional(),
    /** restore-grant (RestoreGrantTarget): the recorded grant and flags. */
    granted: z.boolean().optional(),
    flags: z
      .array(z.string().regex(/^[A-Z][A-Z0-9_]*$/))
      .max(64)
      .optional(),
    /** set-component-access: which list, and on or off. */
    access: z.enum(Object.values(ComponentAccess) as [ComponentAccess, ...ComponentAccess[]]).optional(),
    enabled: z.boolean().optional(),
    /** restore-app-state: the app state aspects to bring back. */
    appState: z
      .object({
        installed: z.boolean().optional(),
        enabled: z.enum(Object.values(EnabledState) as [EnabledState, ...EnabledState[]]).optional(),
        hidden: z.boolean().optional(),
        suspended: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const kindSchema = z.enum(Object.values(ActionKind) as [ActionKind, ...ActionKind[]]);

const stepSchema = z
  .object({
    id: z.string().min(1),
    kind: kindSchema,
    target: targetSchema,
    reason: z
      .object({ findingKind: z.string().optional(), en: z.string(), zh: z.string() })
      .strict()
      .optional(),
    commands: z.array(z.string()),
    expected: text,
    undo: text,
  })
  .strict();

const skippedSchema = z
  .object({
    kind: kindSchema,
    target: targetSchema,
    reason: z.enum(Object.values(SkipReason) as [SkipReason, ...SkipReason[]]),
    explanation: text,
  })
  .strict();

export const planSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    createdAtMs: z.number(),
    device: z
      .object({ serial: z.string(), fingerprint: z.string().optional(), sdk: z.number().int() })
      .strict(),
    steps: z.array(stepSchema),
    skipped: z.array(skippedSchema),
    rulesetVersion: z.string().optional(),
  })
  .strict()
  .refine(
    (plan) => new Set(plan.steps.map((step) => step.id)).size === plan.steps.length,
    'step ids must be unique',
  );

export const serializePlan = (plan: Plan): string => `${JSON.stringify(plan, null, 2)}\n`;

export const parsePlan = (json: string, file = 'plan.json'): Plan => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new PlanFileError({ file, problems: ['not JSON'], cause: error });
  }
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) {
    throw new PlanFileError({
      file,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    });
  }
  return parsed.data as Plan;
};

export const readPlanFile = async (file: string): Promise<Plan> =>
  parsePlan(await readFile(file, 'utf8'), file);

export const writePlanFile = async (file: string, plan: Plan): Promise<void> =>
  writeFile(file, serializePlan(plan));
