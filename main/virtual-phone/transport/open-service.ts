// Starts the service behind an OPEN once the stream exists (the OKAY was sent).
import type { DeviceStream } from './device-stream';
import type { ServiceRequest } from './service-name';
import { runShellService } from './shell/shell-service';
import { startSyncService } from './sync/sync-service';
import type { TransportContext } from './transport-context';

export interface OpenServiceOptions {
  readonly stream: DeviceStream;
  readonly request: Exclude<ServiceRequest, { kind: 'unknown' }>;
  readonly context: TransportContext;
  readonly connectionId: number;
}

export const openService = (options: OpenServiceOptions): void => {
  const { stream, request, context } = options;
  if (request.kind === 'sync') {
    startSyncService({
      stream,
      fileSystem: context.fileSystem,
      events: context.events,
      connectionId: options.connectionId,
      faults: context.faults,
    });
    return;
  }
  void runShellService({
    stream,
    executor: context.executor,
    faults: context.faults,
    command: request.command,
    framing: request.kind === 'exec' ? 'exec' : request.protocol,
    pty: request.kind === 'shell' && request.pty,
  });
};
