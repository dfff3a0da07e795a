// The composed main-process services behind the real handler table, against a private real adb
// server, for one test file: `call` goes through `dispatch` as IPC and the bridge do and throws
// on an error envelope. Registers its own beforeAll/afterAll.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ApiChannel, ApiResult, ChannelResponse } from '../../../preload/contract';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlerTable } from '../../../main/ipc/handlers';
import type { HandlerTable } from '../../../main/ipc/handler-table';
import type { AppServices } from '../../../main/services/app-services';
import { composeServices } from '../../../main/services/compose-services';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../support/private-adb-server';

export interface ComposedApi {
  readonly services: () => AppServices;
  readonly call: <C extends ApiChannel>(channel: C, request?: unknown) => Promise<ChannelResponse<C>>;
  /** The raw result envelope, for tests that expect an error. */
  readonly envelope: (channel: ApiChannel, request?: unknown) => Promise<ApiResult<unknown>>;
}

export const useComposedApi = (options: {
  prefix: string;
  onReady?: (services: AppServices) => void;
}): ComposedApi => {
  let server: PrivateAdbServer | undefined;
  let services: AppServices | undefined;
  let table: HandlerTable | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    server = await startPrivateAdbServer();
    dataDir = mkdtempSync(join(tmpdir(), options.prefix));
    services = await composeServices({
      shell: 'bridge',
      dataDir,
      openExternal: async () => false,
      adbServerPort: server.port,
    });
    options.onReady?.(services);
    table = createHandlerTable(services);
  });

  afterAll(async () => {
    await services?.dispose();
    await server?.stop();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  const ready = (): { services: AppServices; table: HandlerTable } => {
    if (services === undefined || table === undefined) throw new Error('composed API not started');
    return { services, table };
  };

  const envelope = (channel: ApiChannel, request?: unknown): Promise<ApiResult<unknown>> =>
    dispatch({ table: ready().table, channel, request, context: { via: 'test' } });

  return {
    services: () => ready().services,
    envelope,
    call: async (channel, request) => {
      const result = await envelope(channel, request);
      if (!result.ok) {
        const details = (result.error.details ?? []).join('; ');
        throw new Error(`${channel}: ${result.error.code} ${result.error.message} ${details}`);
      }
      return result.value as ChannelResponse<typeof channel>;
    },
  };
};
