// plan:*, journal:* and rules:* — changing a phone and the rules that judge it.
import { z } from 'zod';
import type { Plan } from '../../../preload/contract';
import { planSchema } from '../../plan/plan-file';
import type { AppServices } from '../../services/app-services';
import type { HandlerTable } from '../handler-table';
import {
  batchIdSchema,
  categoryIdSchema,
  changeSelectionSchema,
  deviceRefSchema,
  ruleKeySchema,
  scanIdSchema,
  taskIdSchema,
} from './schemas';
import { requestSchema } from './typed';
import { useCasesOf } from './use-cases';

type ChangeChannels =
  | 'plan:build'
  | 'plan:apply'
  | 'plan:restore'
  | 'journal:list'
  | 'journal:undo'
  | 'journal:resume'
  | 'journal:rollback'
  | 'rules:get'
  | 'rules:set-decision'
  | 'rules:export'
  | 'rules:import';

const MAX_PLAN_STEPS = 2_000;
const MAX_OVERRIDES_BYTES = 1024 * 1024;

const undoScopeSchema = z.union([
  z.object({ batchId: batchIdSchema }).strict(),
  z.object({ rowId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

const batchRequest = z
  .object({
    device: deviceRefSchema,
    batchId: batchIdSchema,
    taskId: taskIdSchema,
    acceptUpdatedSystem: z.boolean().optional(),
  })
  .strict();

export const changeHandlers = (services: AppServices): Pick<HandlerTable, ChangeChannels> => ({
  'plan:build': {
    schema: requestSchema<'plan:build'>(
      z
        .object({
          device: deviceRefSchema,
          selections: z.array(changeSelectionSchema).min(1).max(MAX_PLAN_STEPS),
          expertOverride: z.boolean().optional(),
        })
        .strict(),
    ),
    handle: (request) => useCasesOf(services, 'plan:build').changes.build(request),
  },
  'plan:apply': {
    schema: requestSchema<'plan:apply'>(
      z
        .object({
          device: deviceRefSchema,
          plan: (planSchema as unknown as z.ZodType<Plan>).refine(
            (plan) => plan.steps.length <= MAX_PLAN_STEPS,
            'too many steps',
          ),
          taskId: taskIdSchema,
        })
        .strict(),
    ),
    handle: (request) => useCasesOf(services, 'plan:apply').changes.apply(request),
  },
  'plan:restore': {
    schema: requestSchema<'plan:restore'>(
      z.object({ device: deviceRefSchema, scanId: scanIdSchema }).strict(),
    ),
    handle: (request) => useCasesOf(services, 'plan:restore').restore.plan(request),
  },
  'journal:list': {
    schema: requestSchema<'journal:list'>(z.object({ device: deviceRefSchema }).strict()),
    handle: ({ device }) => useCasesOf(services, 'journal:list').changes.journal(device),
  },
  'journal:undo': {
    schema: requestSchema<'journal:undo'>(
      z
        .object({
          device: deviceRefSchema,
          scope: undoScopeSchema,
          taskId: taskIdSchema,
          acceptUpdatedSystem: z.boolean().optional(),
        })
        .strict(),
    ),
    handle: (request) => useCasesOf(services, 'journal:undo').changes.undo(request),
  },
  'journal:resume': {
    schema: requestSchema<'journal:resume'>(batchRequest),
    handle: (request) => useCasesOf(services, 'journal:resume').changes.resume(request),
  },
  'journal:rollback': {
    schema: requestSchema<'journal:rollback'>(batchRequest),
    handle: (request) => useCasesOf(services, 'journal:rollback').changes.rollBack(request),
  },
  'rules:get': {
    schema: z.undefined(),
    handle: () => useCasesOf(services, 'rules:get').rules.view(),
  },
  'rules:set-decision': {
    schema: requestSchema<'rules:set-decision'>(
      z
        .object({
          categoryId: categoryIdSchema,
          ruleKey: ruleKeySchema,
          decision: z.enum(['necessary', 'conditional', 'extended', 'not-necessary']).nullable(),
        })
        .strict(),
    ),
    handle: (request) =>
      useCasesOf(services, 'rules:set-decision').rules.setDecision({
        ...request,
        ruleKey: request.ruleKey as z.infer<typeof ruleKeySchema>,
      }),
  },
  'rules:export': {
    schema: z.undefined(),
    handle: () => useCasesOf(services, 'rules:export').rules.exportOverrides(),
  },
  'rules:import': {
    schema: z.object({ content: z.string().min(1).max(MAX_OVERRIDES_BYTES) }).strict(),
    handle: ({ content }) => useCasesOf(services, 'rules:import').rules.importOverrides(content),
  },
});
