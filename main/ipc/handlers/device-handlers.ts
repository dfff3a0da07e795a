// devices:* and demo:* — the Devices view.
import { z } from 'zod';
import type { AppServices } from '../../services/app-services';
import type { HandlerTable } from '../handler-table';
import { PHONE_SETTINGS_SCREENS } from '../../../preload/contract';
import { deviceRefSchema, packageNameSchema, serialSchema, serverSchema, targetSchema } from './schemas';
import { requestSchema } from './typed';
import { useCasesOf } from './use-cases';

type DeviceChannels =
  | 'devices:list'
  | 'devices:connect'
  | 'devices:disconnect'
  | 'devices:pair'
  | 'devices:open-settings'
  | 'demo:profiles'
  | 'demo:start'
  | 'demo:stop';

const noArgument = z.undefined();
const targetRequest = z.object({ target: targetSchema, server: serverSchema.optional() }).strict();

export const deviceHandlers = (services: AppServices): Pick<HandlerTable, DeviceChannels> => ({
  'devices:list': {
    schema: noArgument,
    handle: () => (services.useCases ? services.useCases.devices.list() : services.adb.listDevices()),
  },
  'devices:connect': {
    schema: requestSchema<'devices:connect'>(targetRequest),
    handle: (request) => useCasesOf(services, 'devices:connect').devices.connect(request),
  },
  'devices:disconnect': {
    schema: requestSchema<'devices:disconnect'>(targetRequest),
    handle: (request) => useCasesOf(services, 'devices:disconnect').devices.disconnect(request),
  },
  'devices:pair': {
    schema: requestSchema<'devices:pair'>(
      z
        .object({
          target: targetSchema,
          code: z.string().regex(/^[0-9]{6}$/, 'pairing codes are six digits'),
          server: serverSchema.optional(),
        })
        .strict(),
    ),
    handle: (request) => useCasesOf(services, 'devices:pair').devices.pair(request),
  },
  'devices:open-settings': {
    schema: requestSchema<'devices:open-settings'>(
      z
        .object({
          device: deviceRefSchema,
          screen: z.enum(PHONE_SETTINGS_SCREENS),
          packageName: packageNameSchema.optional(),
        })
        .strict(),
    ),
    handle: (request) => useCasesOf(services, 'devices:open-settings').phoneSettings.open(request),
  },
  'demo:profiles': {
    schema: noArgument,
    handle: async () => useCasesOf(services, 'demo:profiles').demo.profiles(),
  },
  'demo:start': {
    schema: z
      .object({ profile: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'not a profile name') })
      .strict(),
    handle: ({ profile }) => useCasesOf(services, 'demo:start').demo.start(profile),
  },
  'demo:stop': {
    schema: z.object({ serial: serialSchema }).strict(),
    handle: async ({ serial }) => ({ stopped: await useCasesOf(services, 'demo:stop').demo.stop(serial) }),
  },
});
