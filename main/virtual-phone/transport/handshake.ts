// The CNXN/AUTH half of a connection: decides how the device answers the host's CNXN and
// AUTH packets for the current auth mode and offline fault.
import { randomBytes, type KeyObject } from 'node:crypto';
import { parseAdbPublicKey, verifyTokenSignature } from './adb-key';
import { AdbCommand, AuthType, DEVICE_VERSION, packet, type AdbPacket } from './packet';
import { AuthMode, type TransportContext } from './transport-context';

export const HandshakeState = {
  AWAITING_CNXN: 'awaiting-cnxn',
  AWAITING_AUTH: 'awaiting-auth',
  ONLINE: 'online',
} as const;
export type HandshakeState = (typeof HandshakeState)[keyof typeof HandshakeState];

const TOKEN_LENGTH = 20;

export interface HandshakeTarget {
  readonly connectionId: number;
  readonly context: TransportContext;
  readonly send: (packet: AdbPacket) => void;
  /** Called when CNXN is (re)sent: the old streams are gone. */
  readonly goOnline: (terms: { version: number; maxData: number }) => void;
}

/** Per-connection handshake: host terms from its CNXN, and where we are. */
export class Handshake {
  state: HandshakeState = HandshakeState.AWAITING_CNXN;
  #hostVersion = DEVICE_VERSION;
  #hostMaxData = 0;
  #publicKeyReceived = false;
  #publicKey: KeyObject | undefined;
  #token: Uint8Array = new Uint8Array(0);
  readonly #target: HandshakeTarget;

  constructor(target: HandshakeTarget) {
    this.#target = target;
  }

  /** Version used for checksums before and after negotiation. */
  get version(): number {
    return Math.min(this.#hostVersion, DEVICE_VERSION);
  }

  get maxData(): number {
    const own = this.#target.context.maxData;
    return this.#hostMaxData > 0 ? Math.min(own, this.#hostMaxData) : own;
  }

  handleConnect(host: AdbPacket): void {
    const { context, connectionId } = this.#target;
    if (context.faults().offline) {
      context.events.emit({ type: 'handshake', connectionId, result: 'ignored', maxData: 0 });
      return;
    }
    this.#hostVersion = host.arg0 || DEVICE_VERSION;
    this.#hostMaxData = host.arg1;
    this.respond();
  }

  /** Answers (again) as at CNXN time: CNXN without auth, else an AUTH TOKEN to sign. */
  respond(): void {
    if (this.#target.context.authMode() === AuthMode.NONE) this.#sendConnect();
    else this.#sendToken();
  }

  handleAuth(host: AdbPacket): void {
    const { context, connectionId } = this.#target;
    if (this.state !== HandshakeState.AWAITING_AUTH) return;
    const mode = context.authMode();
    if (host.arg0 === AuthType.SIGNATURE) {
      context.events.emit({ type: 'auth', connectionId, received: 'signature' });
      // A signature is accepted only with a key the user allowed before.
      const trusted = mode === AuthMode.AUTHORIZE_ON_KEY && this.#signedByTrustedKey(host.payload);
      if (mode === AuthMode.NONE || trusted) this.#sendConnect();
      else this.#sendToken();
    } else if (host.arg0 === AuthType.RSAPUBLICKEY) {
      context.events.emit({ type: 'auth', connectionId, received: 'public-key' });
      this.#publicKeyReceived = true;
      this.#publicKey = parseAdbPublicKey(host.payload);
      if (mode === AuthMode.UNAUTHORIZED) return;
      this.#allow();
    }
  }

  /**
   * The auth mode changed: a connection waiting for the user is accepted when auth is now
   * off, or when its key already arrived and the mode is now authorize-on-key ("Allow").
   */
  handleAuthModeChange(): void {
    if (this.state !== HandshakeState.AWAITING_AUTH) return;
    const mode = this.#target.context.authMode();
    if (mode === AuthMode.NONE || (mode === AuthMode.AUTHORIZE_ON_KEY && this.#publicKeyReceived))
      this.#allow();
  }

  /** The user tapped "Allow" (always allow from this computer): remember the key, go online. */
  #allow(): void {
    const { context } = this.#target;
    if (context.authMode() === AuthMode.AUTHORIZE_ON_KEY && this.#publicKey)
      context.trustKey(this.#publicKey);
    this.#sendConnect();
  }

  #signedByTrustedKey(signature: Uint8Array): boolean {
    const token = this.#token;
    return this.#target.context.trustedKeys().some((key) => verifyTokenSignature({ key, token, signature }));
  }

  #sendToken(): void {
    const { context, connectionId } = this.#target;
    this.state = HandshakeState.AWAITING_AUTH;
    this.#token = randomBytes(TOKEN_LENGTH);
    this.#target.send(packet(AdbCommand.AUTH, AuthType.TOKEN, 0, this.#token));
    context.events.emit({ type: 'handshake', connectionId, result: 'auth', maxData: this.maxData });
  }

  #sendConnect(): void {
    const { context, connectionId } = this.#target;
    this.state = HandshakeState.ONLINE;
    this.#target.goOnline({ version: this.version, maxData: this.maxData });
    const banner = new TextEncoder().encode(context.banner());
    this.#target.send(packet(AdbCommand.CNXN, this.version, this.maxData, banner));
    context.events.emit({ type: 'handshake', connectionId, result: 'online', maxData: this.maxData });
  }
}
