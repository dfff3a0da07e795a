// One TCP connection from an adb server: decodes packets, runs the handshake, keeps the
// stream table (non-zero unique local ids) and applies the byte-level faults (bandwidth,
// drop after N bytes).
import type { Socket } from 'node:net';
import { DeviceStream, type StreamPort } from './device-stream';
import { Throttle } from './faults';
import { Handshake, HandshakeState } from './handshake';
import { openService } from './open-service';
import { AdbCommand, HEADER_LENGTH, MAX_PAYLOAD, encodeHeader, packet, type AdbPacket } from './packet';
import { PacketDecoder } from './packet-decoder';
import { parseService, parseServiceName } from './service-name';
import type { TransportContext } from './transport-context';

export interface AdbConnectionOptions {
  readonly socket: Socket;
  readonly context: TransportContext;
  readonly connectionId: number;
  readonly onClosed: (connection: AdbConnection) => void;
}

export class AdbConnection {
  readonly connectionId: number;
  readonly #socket: Socket;
  readonly #context: TransportContext;
  readonly #onClosed: (connection: AdbConnection) => void;
  readonly #decoder = new PacketDecoder({ maxPayload: MAX_PAYLOAD });
  readonly #handshake: Handshake;
  readonly #streams = new Map<number, DeviceStream>();
  readonly #throttle = new Throttle();
  readonly #port: StreamPort;
  #nextLocalId = 1;
  #bytesSent = 0;
  #dropBaseline = 0;
  #closed = false;

  constructor(options: AdbConnectionOptions) {
    this.connectionId = options.connectionId;
    this.#socket = options.socket;
    this.#context = options.context;
    this.#onClosed = options.onClosed;
    this.#handshake = new Handshake({
      connectionId: this.connectionId,
      context: this.#context,
      send: (adbPacket) => this.#send(adbPacket),
      goOnline: () => this.#abortStreams('adbd restarted'),
    });
    const handshake = this.#handshake;
    this.#port = {
      get maxData() {
        return handshake.maxData;
      },
      sendWrite: (stream, payload) => this.#sendWrite(stream, payload),
      sendClose: (stream) => this.#sendClose(stream),
    };
    this.#socket.setNoDelay(true);
    this.#socket.on('data', (chunk: Buffer) => this.#receive(chunk));
    this.#socket.on('error', () => this.destroy('socket error'));
    this.#socket.on('close', () => this.destroy('socket closed'));
    this.#context.events.emit({ type: 'connection', connectionId: this.connectionId });
  }

  get online(): boolean {
    return this.#handshake.state === HandshakeState.ONLINE;
  }

  get openStreams(): number {
    return this.#streams.size;
  }

  /** Destroys the socket at once (cable pull): streams abort, no CLSE. */
  destroy(reason: string): void {
    if (this.#closed) return;
    this.#socket.destroy();
    this.#shutDown(reason);
  }

  #shutDown(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#abortStreams(reason);
    this.#context.events.emit({ type: 'disconnect', connectionId: this.connectionId, reason });
    this.#onClosed(this);
  }

  /** adbd restart: streams vanish silently and the handshake is answered again on this socket. */
  restartAdbd(): void {
    if (this.#closed || this.#handshake.state === HandshakeState.AWAITING_CNXN) return;
    this.#abortStreams('adbd restarted');
    if (this.#context.faults().offline) return;
    this.#handshake.respond();
  }

  handleAuthModeChange(): void {
    if (!this.#closed) this.#handshake.handleAuthModeChange();
  }

  /** Counts `dropAfterBytes` from now on. */
  resetDropCounter(): void {
    this.#dropBaseline = this.#bytesSent;
  }

  #receive(chunk: Buffer): void {
    const { packets, error } = this.#decoder.push(chunk);
    for (const adbPacket of packets) {
      if (this.#closed) return;
      this.#dispatch(adbPacket);
    }
    if (error) this.destroy(`protocol error: ${error.message}`);
  }

  #dispatch(adbPacket: AdbPacket): void {
    const { command, arg0, arg1 } = adbPacket;
    if (command === AdbCommand.CNXN) this.#handshake.handleConnect(adbPacket);
    else if (command === AdbCommand.AUTH) this.#handshake.handleAuth(adbPacket);
    else if (!this.online) return;
    else if (command === AdbCommand.OPEN) this.#open(arg0, adbPacket.payload);
    else if (command === AdbCommand.OKAY) this.#streams.get(arg1)?.handleOkay();
    else if (command === AdbCommand.WRTE) this.#hostWrite(adbPacket);
    else if (command === AdbCommand.CLSE) this.#hostClose(arg1);
  }

  #open(remoteId: number, payload: Uint8Array): void {
    if (remoteId === 0) return;
    const service = parseServiceName(payload);
    const request = parseService(service);
    const known = request.kind !== 'unknown';
    this.#context.events.emit({ type: 'service', connectionId: this.connectionId, service, known });
    if (request.kind === 'unknown') {
      this.#send(packet(AdbCommand.CLSE, 0, remoteId));
      return;
    }
    const localId = this.#allocateId();
    const stream = new DeviceStream({ localId, remoteId, service, port: this.#port });
    this.#streams.set(localId, stream);
    this.#send(packet(AdbCommand.OKAY, localId, remoteId));
    openService({ stream, request, context: this.#context, connectionId: this.connectionId });
  }

  #hostWrite(adbPacket: AdbPacket): void {
    const stream = this.#streams.get(adbPacket.arg1);
    if (!stream) return;
    this.#send(packet(AdbCommand.OKAY, stream.localId, stream.remoteId));
    stream.onData?.(adbPacket.payload);
  }

  #hostClose(localId: number): void {
    const stream = this.#streams.get(localId);
    if (!stream) return;
    this.#streams.delete(localId);
    stream.abort('closed by host');
    const { service } = stream;
    this.#context.events.emit({
      type: 'stream-closed',
      connectionId: this.connectionId,
      service,
      by: 'host',
    });
  }

  async #sendWrite(stream: DeviceStream, payload: Uint8Array): Promise<void> {
    await this.#throttle.take(payload.length, this.#context.faults().bytesPerSecond);
    if (stream.closed || this.#closed) return;
    this.#send(packet(AdbCommand.WRTE, stream.localId, stream.remoteId, payload));
  }

  #sendClose(stream: DeviceStream): void {
    if (this.#streams.get(stream.localId) !== stream) return;
    this.#streams.delete(stream.localId);
    this.#send(packet(AdbCommand.CLSE, stream.localId, stream.remoteId));
    const { service } = stream;
    this.#context.events.emit({
      type: 'stream-closed',
      connectionId: this.connectionId,
      service,
      by: 'device',
    });
  }

  #send(adbPacket: AdbPacket): void {
    if (this.#closed) return;
    const header = encodeHeader(adbPacket, this.#handshake.version);
    const total = HEADER_LENGTH + adbPacket.payload.length;
    const dropAfter = this.#context.faults().dropAfterBytes;
    const remaining = dropAfter === undefined ? Infinity : dropAfter - (this.#bytesSent - this.#dropBaseline);
    if (total > remaining) {
      const partial = Buffer.concat([header, adbPacket.payload]).subarray(0, Math.max(0, remaining));
      this.#bytesSent += partial.length;
      const socket = this.#socket;
      socket.write(partial, () => socket.destroy());
      this.#shutDown(`dropped after ${dropAfter ?? 0} bytes`);
      return;
    }
    this.#bytesSent += total;
    this.#socket.cork();
    this.#socket.write(header);
    if (adbPacket.payload.length > 0) this.#socket.write(adbPacket.payload);
    this.#socket.uncork();
  }

  #allocateId(): number {
    do {
      this.#nextLocalId = this.#nextLocalId >= 0xffffffff ? 1 : this.#nextLocalId + 1;
    } while (this.#streams.has(this.#nextLocalId));
    return this.#nextLocalId;
  }

  #abortStreams(reason: string): void {
    const streams = [...this.#streams.values()];
    this.#streams.clear();
    for (const stream of streams) stream.abort(reason);
  }
}
