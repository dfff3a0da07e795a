// scan:*, scans:*, apps:set-category, report:export and task:cancel — reading and judging a phone.
import { z } from 'zod';
import type { AppServices } from '../../services/app-services';
import type { HandlerTable } from '../handler-table';
import { categoryIdSchema, deviceRefSchema, packageNameSchema, scanIdSchema, taskIdSchema } from './schemas';
import { requestSchema } from './typed';
import { useCasesOf } from './use-cases';

type ScanChannels =
  | 'scan:run'
  | 'scan:latest'
  | 'scans:list'
  | 'scans:diff'
  | 'apps:set-category'
  | 'report:export'
  | 'task:cancel';

const deviceOnly = z.object({ device: deviceRefSchema }).strict();

export const scanHandlers = (services: AppServices): Pick<HandlerTable, ScanChannels> => ({
  'scan:run': {
    schema: requestSchema<'scan:run'>(
      z
        .object({
          device: deviceRefSchema,
          userId: z.number().int().min(0).max(2_147_483_647).optional(),
          taskId: taskIdSchema,
        })
        .strict(),
    ),
    handle: (request) => useCasesOf(services, 'scan:run').scans.run(request),
  },
  'scan:latest': {
    schema: requestSchema<'scan:latest'>(deviceOnly),
    handle: ({ device }) => useCasesOf(services, 'scan:latest').scans.latest(device),
  },
  'scans:list': {
    schema: requestSchema<'scans:list'>(deviceOnly),
    handle: ({ device }) => useCasesOf(services, 'scans:list').scans.list(device),
  },
  'scans:diff': {
    schema: requestSchema<'scans:diff'>(
      z.object({ device: deviceRefSchema, fromId: scanIdSchema, toId: scanIdSchema }).strict(),
    ),
    handle: (request) => useCasesOf(services, 'scans:diff').scans.diff(request),
  },
  'apps:set-category': {
    schema: requestSchema<'apps:set-category'>(
      z
        .object({
          device: deviceRefSchema,
          packageName: packageNameSchema,
          categoryId: categoryIdSchema.nullable(),
        })
        .strict(),
    ),
    handle: (request) => useCasesOf(services, 'apps:set-category').scans.setCategory(request),
  },
  'report:export': {
    schema: requestSchema<'report:export'>(
      z.object({ device: deviceRefSchema, format: z.enum(['html', 'json']) }).strict(),
    ),
    handle: (request) => useCasesOf(services, 'report:export').report.export(request),
  },
  'task:cancel': {
    schema: z.object({ taskId: taskIdSchema }).strict(),
    handle: async ({ taskId }) => ({ cancelled: useCasesOf(services, 'task:cancel').tasks.cancel(taskId) }),
  },
});
