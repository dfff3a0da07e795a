// The `sync:` service (v1 only — stat_v2/ls_v2 are never advertised): STAT, LIST → DENT…DONE,
// RECV → DATA (≤ 64 KiB)…DONE or FAIL, SEND path,mode → DATA…DONE mtime → OKAY, QUIT.
// Requests are handled one at a time in arrival order.
import { FileType, isDirectory, type VirtualFileSystem } from '../../virtual-file-system';
import type { DeviceStream } from '../device-stream';
import { delay, type TransportFaults } from '../faults';
import type { PhoneEventLog } from '../phone-events';
import { SYNC_DATA_MAX, SyncParser, type SyncMessage } from './sync-parser';
import {
  syncDent,
  syncDone,
  syncFail,
  syncListDone,
  syncOkay,
  syncStat,
  syncDataHeader,
} from './sync-replies';

export interface SyncServiceOptions {
  readonly stream: DeviceStream;
  readonly fileSystem: VirtualFileSystem;
  readonly events: PhoneEventLog;
  readonly connectionId: number;
  readonly faults: () => TransportFaults;
}

/** Queued reply bytes above which a RECV waits for the host to catch up. */
const RECV_BACKLOG = 1024 * 1024;

interface PendingSend {
  readonly path: string;
  readonly mode: number;
  readonly chunks: Uint8Array[];
}

export const startSyncService = (options: SyncServiceOptions): void => {
  const { stream } = options;
  const parser = new SyncParser();
  let pendingSend: PendingSend | undefined;
  let chain = delay(options.faults().latencyMs, stream.signal);
  const enqueue = (task: () => Promise<void> | void) => {
    chain = chain
      .then(() => (stream.closed ? undefined : task()))
      .catch((error: unknown) => failAndClose(error));
  };
  const failAndClose = (error: unknown) => {
    stream.write(syncFail(error instanceof Error ? error.message : String(error)));
    stream.end();
  };
  const handle = async (message: SyncMessage): Promise<void> => {
    if (message.kind === 'request') {
      options.events.emit({
        type: 'sync',
        connectionId: options.connectionId,
        op: message.op,
        path: message.path,
      });
    }
    if (message.kind === 'quit') {
      options.events.emit({ type: 'sync', connectionId: options.connectionId, op: 'QUIT', path: '' });
      stream.end();
    } else if (message.kind === 'data' || message.kind === 'done' || message.op === 'SEND') {
      pendingSend = receiveSend(options.fileSystem, { message, pendingSend, stream });
    } else if (message.op === 'STAT') {
      stream.write(syncStat(options.fileSystem.stat(message.path)));
    } else if (message.op === 'LIST') {
      for (const entry of options.fileSystem.list(message.path) ?? []) stream.write(syncDent(entry));
      stream.write(syncListDone());
    } else {
      await sendFile(options.fileSystem, stream, message.path);
    }
  };
  stream.onData = (bytes) => {
    const { messages, error } = parser.push(bytes);
    for (const message of messages) enqueue(() => handle(message));
    if (error) enqueue(() => failAndClose(error));
  };
};

const receiveSend = (
  fileSystem: VirtualFileSystem,
  state: { message: SyncMessage; pendingSend: PendingSend | undefined; stream: DeviceStream },
): PendingSend | undefined => {
  const { message, pendingSend, stream } = state;
  if (message.kind === 'request') {
    const comma = message.path.lastIndexOf(',');
    const mode = comma === -1 ? FileType.FILE | 0o644 : Number.parseInt(message.path.slice(comma + 1), 10);
    const path = comma === -1 ? message.path : message.path.slice(0, comma);
    return { path, mode: Number.isFinite(mode) ? mode : FileType.FILE | 0o644, chunks: [] };
  }
  if (!pendingSend) throw new Error(`unexpected sync ${message.kind === 'data' ? 'DATA' : 'DONE'}`);
  if (message.kind === 'data') {
    pendingSend.chunks.push(message.bytes);
    return pendingSend;
  }
  try {
    fileSystem.write(pendingSend.path, Buffer.concat(pendingSend.chunks), pendingSend.mode);
    stream.write(syncOkay());
  } catch (error) {
    stream.write(syncFail(error instanceof Error ? error.message : String(error)));
  }
  return undefined;
};

const sendFile = async (fileSystem: VirtualFileSystem, stream: DeviceStream, path: string): Promise<void> => {
  const stat = fileSystem.stat(path);
  const content = stat && !isDirectory(stat) ? fileSystem.read(path) : undefined;
  if (!content) {
    stream.write(syncFail(stat ? 'Is a directory' : 'No such file or directory'));
    return;
  }
  const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> =
    content instanceof Uint8Array ? [content] : content;
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += SYNC_DATA_MAX) {
      if (stream.closed) return;
      const part = chunk.subarray(at, at + SYNC_DATA_MAX);
      stream.write(syncDataHeader(part.length));
      stream.write(part);
      await stream.waitForRoom(RECV_BACKLOG);
    }
  }
  stream.write(syncDone());
};
