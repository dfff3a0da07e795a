// A minimal ADB host for tests: speaks the wire protocol to a virtual phone over loopback
// without an adb server, so tests can check what adb itself would hide (packet sizes,
// ids, OKAY pacing, AUTH tokens, checksums).
import { connect, type Socket } from 'node:net';
import {
  AdbCommand,
  encodePacket,
  packet,
  type AdbPacket,
} from '../../../../main/virtual-phone/transport/packet';
import { PacketDecoder } from '../../../../main/virtual-phone/transport/packet-decoder';

export interface RawHost {
  readonly socket: Socket;
  /** Every packet received so far, in order. */
  readonly received: AdbPacket[];
  /** All bytes received so far, unparsed (to check headers, e.g. checksums). */
  readonly rawBytes: () => Buffer;
  send(adbPacket: AdbPacket): void;
  sendRaw(bytes: Uint8Array): void;
  /** Next packet (after those already consumed) matching `predicate`; rejects on timeout or close. */
  next(predicate?: (adbPacket: AdbPacket) => boolean, timeoutMs?: number): Promise<AdbPacket>;
  /** Resolves when the phone closed the socket. */
  readonly closed: Promise<void>;
  close(): void;
}

export const HOST_BANNER = 'host::features=shell_v2,cmd';

export const openRawHost = async (options: { port: number; version?: number }): Promise<RawHost> => {
  const socket = connect({ host: '127.0.0.1', port: options.port });
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const version = options.version ?? 0x01000001;
  const decoder = new PacketDecoder({ maxPayload: 16 * 1024 * 1024 });
  const received: AdbPacket[] = [];
  const raw: Buffer[] = [];
  let consumed = 0;
  let wake: (() => void) | undefined;
  let isClosed = false;
  const closed = new Promise<void>((resolve) =>
    socket.on('close', () => {
      isClosed = true;
      resolve();
      wake?.();
    }),
  );
  socket.on('error', () => undefined);
  socket.on('data', (chunk: Buffer) => {
    raw.push(chunk);
    received.push(...decoder.push(chunk).packets);
    wake?.();
  });
  const next = async (predicate: (adbPacket: AdbPacket) => boolean = () => true, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (consumed < received.length) {
        const candidate = received[consumed++] as AdbPacket;
        if (predicate(candidate)) return candidate;
      }
      if (isClosed) throw new Error('connection closed');
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('timed out waiting for a packet');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  };
  return {
    socket,
    received,
    rawBytes: () => Buffer.concat(raw),
    send: (adbPacket) => socket.write(encodePacket(adbPacket, version)),
    sendRaw: (bytes) => socket.write(bytes),
    next,
    closed,
    close: () => socket.destroy(),
  };
};

export const text = (value: string): Uint8Array => new TextEncoder().encode(value);

export const cnxn = (options: { version?: number; maxData?: number } = {}): AdbPacket =>
  packet(AdbCommand.CNXN, options.version ?? 0x01000001, options.maxData ?? 1024 * 1024, text(HOST_BANNER));

/** CNXN, then the device's CNXN reply. */
export const handshake = async (host: RawHost, options: { version?: number; maxData?: number } = {}) => {
  host.send(cnxn(options));
  return host.next((reply) => reply.command === AdbCommand.CNXN);
};

/** OPEN a service and return the device's local id from its OKAY (or 0 for a CLSE). */
export const openStream = async (
  host: RawHost,
  options: { hostId: number; service: string },
): Promise<number> => {
  host.send(packet(AdbCommand.OPEN, options.hostId, 0, text(`${options.service}\0`)));
  const reply = await host.next(
    (candidate) =>
      (candidate.command === AdbCommand.OKAY || candidate.command === AdbCommand.CLSE) &&
      candidate.arg1 === options.hostId,
  );
  return reply.command === AdbCommand.OKAY ? reply.arg0 : 0;
};

/** Reads a stream to its CLSE, acknowledging every WRTE; returns the bytes and the WRTE sizes. */
export const readStream = async (host: RawHost, options: { hostId: number; localId: number }) => {
  const chunks: Buffer[] = [];
  const sizes: number[] = [];
  for (;;) {
    const next = await host.next((candidate) => candidate.arg1 === options.hostId);
    if (next.command === AdbCommand.CLSE) break;
    if (next.command !== AdbCommand.WRTE) continue;
    chunks.push(Buffer.from(next.payload));
    sizes.push(next.payload.length);
    host.send(packet(AdbCommand.OKAY, options.hostId, options.localId));
  }
  return { bytes: Buffer.concat(chunks), sizes };
};
