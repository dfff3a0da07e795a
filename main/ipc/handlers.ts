// The handler table: contract channel → argument schema + service call. One file per domain
// under ./handlers/; this joins them (TypeScript checks that every channel has a handler).
import { z } from 'zod';
import type { SettingsPatch } from '../../preload/contract';
import { settingsPatchSchema } from '../settings/settings-schema';
import type { AppServices } from '../services/app-services';
import type { HandlerTable } from './handler-table';
import { changeHandlers } from './handlers/change-handlers';
import { deviceHandlers } from './handlers/device-handlers';
import { scanHandlers } from './handlers/scan-handlers';

const noArgument = z.undefined();

export const createHandlerTable = (services: AppServices): HandlerTable => ({
  'app:info': { schema: noArgument, handle: async () => services.info() },
  'app:open-external': {
    schema: z.object({ url: z.string().max(2048) }).strict(),
    handle: async ({ url }) => ({ opened: await services.openExternal(url) }),
  },
  'adb:status': { schema: noArgument, handle: () => services.adb.status() },
  'settings:get': { schema: noArgument, handle: () => services.settings.get() },
  // The same schema the settings service applies: one definition of a valid setting.
  'settings:update': {
    schema: settingsPatchSchema as z.ZodType<SettingsPatch>,
    handle: (patch) => services.settings.update(patch),
  },
  ...deviceHandlers(services),
  ...scanHandlers(services),
  ...changeHandlers(services),
});
