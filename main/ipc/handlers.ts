// The handler table: contract channel → argument schema + service call.
import { z } from 'zod';
import { Language, ThemePreference } from '../../preload/contract';
import type { Settings } from '../../preload/contract';
import type { AppServices } from '../services/app-services';
import type { HandlerTable } from './handler-table';

const noArgument = z.undefined();
const settingsPatch = z
  .object({
    language: z.enum([Language.En, Language.ZhCN, 'system']),
    theme: z.enum([ThemePreference.System, ThemePreference.Light, ThemePreference.Dark]),
    adbPath: z.string().min(1).max(4096),
    adbServerPort: z.number().int().min(1024).max(65535),
  })
  .partial()
  .strict();

export const createHandlerTable = (services: AppServices): HandlerTable => ({
  'app:info': { schema: noArgument, handle: async () => services.info() },
  'app:open-external': {
    schema: z.object({ url: z.string().max(2048) }).strict(),
    handle: async ({ url }) => ({ opened: await services.openExternal(url) }),
  },
  'adb:status': { schema: noArgument, handle: () => services.adb.status() },
  'devices:list': { schema: noArgument, handle: () => services.adb.listDevices() },
  'settings:get': { schema: noArgument, handle: () => services.settings.get() },
  'settings:update': {
    schema: settingsPatch as z.ZodType<Partial<Settings>>,
    handle: (patch) => services.settings.update(patch),
  },
});
