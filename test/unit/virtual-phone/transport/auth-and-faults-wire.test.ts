// AUTH modes, offline, adbd restart, cable pull, drop-after-bytes, listening control and
// option validation, seen by a raw host.
import { constants, generateKeyPairSync, privateEncrypt, type KeyObject } from 'node:crypto';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AdbCommand, AuthType, packet } from '../../../../main/virtual-phone/transport/packet';
import { startVirtualPhone } from '../../../../main/virtual-phone/virtual-phone';
import { createEchoShell } from '../../../support/echo-shell';
import { cnxn, handshake, openStream, readStream, text, type RawHost } from './raw-host';
import { openExtraHost, startPhoneAndHost, useWireCleanup } from './wire-setup';

useWireCleanup();

const isAuthToken = (reply: RawHost['received'][number]) =>
  reply.command === AdbCommand.AUTH && reply.arg0 === AuthType.TOKEN;
const signature = () => packet(AdbCommand.AUTH, AuthType.SIGNATURE, 0, new Uint8Array(256).fill(7));
const publicKey = () => packet(AdbCommand.AUTH, AuthType.RSAPUBLICKEY, 0, text('QAAAA… user@host\0'));

const encodeAdbKey = (key: KeyObject): Buffer => {
  const jwk = key.export({ format: 'jwk' });
  const modulus = Buffer.from(jwk.n ?? '', 'base64url');
  const body = Buffer.alloc(8 + modulus.length * 2 + 4);
  body.writeUInt32LE(modulus.length / 4, 0);
  Buffer.from(modulus).reverse().copy(body, 8);
  body.writeUInt32LE(65537, 8 + modulus.length * 2);
  return Buffer.from(`${body.toString('base64')} tester@host\0`);
};

const signToken = (key: KeyObject, token: Uint8Array): Buffer =>
  privateEncrypt(
    { key, padding: constants.RSA_PKCS1_PADDING },
    Buffer.concat([Buffer.from('3021300906052b0e03021a05000414', 'hex'), token]),
  );

describe('auth', () => {
  it('unauthorized: a fresh 20-byte TOKEN for every SIGNATURE; the public key is ignored', async () => {
    const { host } = await startPhoneAndHost({ auth: 'unauthorized' });
    host.send(cnxn());
    const first = await host.next(isAuthToken);
    expect(first.payload.length).toBe(20);
    host.send(signature());
    const second = await host.next(isAuthToken);
    expect(Buffer.from(second.payload).equals(Buffer.from(first.payload))).toBe(false);
    host.send(publicKey());
    host.send(signature());
    await host.next(isAuthToken);
    // OPEN is ignored until online; the TOKEN for the next signature proves it was processed.
    host.send(packet(AdbCommand.OPEN, 1, 0, text('shell:true\0')));
    host.send(signature());
    await host.next(isAuthToken);
    const commands = host.received.map((reply) => reply.command);
    expect(commands.every((command) => command === AdbCommand.AUTH)).toBe(true);
  });

  it('authorize-on-key: CNXN once the public key arrives; then only signatures by that key are trusted', async () => {
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const { host, phone } = await startPhoneAndHost({ auth: 'authorize-on-key' });
    host.send(cnxn());
    await host.next(isAuthToken);
    host.send(signature());
    await host.next(isAuthToken);
    host.send(packet(AdbCommand.AUTH, AuthType.RSAPUBLICKEY, 0, encodeAdbKey(keys.publicKey)));
    await host.next((reply) => reply.command === AdbCommand.CNXN);
    const second = await openExtraHost(phone);
    second.send(cnxn());
    const token = await second.next(isAuthToken);
    second.send(signature());
    const retry = await second.next(isAuthToken);
    expect(Buffer.from(retry.payload).equals(Buffer.from(token.payload))).toBe(false);
    second.send(packet(AdbCommand.AUTH, AuthType.SIGNATURE, 0, signToken(keys.privateKey, retry.payload)));
    await second.next((reply) => reply.command === AdbCommand.CNXN);
  });

  it('setAuth("none") accepts a connection waiting for the user', async () => {
    const { host, phone } = await startPhoneAndHost({ auth: 'unauthorized' });
    host.send(cnxn());
    await host.next(isAuthToken);
    phone.setAuth('none');
    await host.next((reply) => reply.command === AdbCommand.CNXN);
  });
});

describe('faults', () => {
  it('offline: accepts TCP but never answers CNXN', async () => {
    const { host, phone } = await startPhoneAndHost({ faults: { offline: true } });
    host.send(cnxn());
    await phone.events.waitFor('handshake', { predicate: (event) => event.result === 'ignored' });
    expect(host.rawBytes().length).toBe(0);
    phone.setFaults({ offline: false });
    await handshake(host);
  });

  it('restartAdbd: re-sends CNXN on the live socket and ends streams silently', async () => {
    const shell = createEchoShell();
    const { host, phone } = await startPhoneAndHost({ executor: shell });
    await handshake(host);
    await openStream(host, { hostId: 1, service: 'shell,v2,raw:sleep 60000' });
    await expect.poll(() => shell.running.size).toBe(1);
    phone.restartAdbd({ banner: { model: 'After' } });
    const again = await host.next((reply) => reply.command === AdbCommand.CNXN);
    expect(Buffer.from(again.payload).toString()).toContain('ro.product.model=After;');
    await expect.poll(() => shell.running.size).toBe(0);
    expect(host.received.filter((reply) => reply.command === AdbCommand.CLSE)).toEqual([]);
  });

  it('dropConnections destroys the socket; the phone keeps listening', async () => {
    const { host, phone } = await startPhoneAndHost();
    await handshake(host);
    phone.dropConnections();
    await host.closed;
    const next = await openExtraHost(phone);
    await handshake(next);
  });

  it('dropAfterBytes cuts the connection mid-packet after exactly N more bytes', async () => {
    const { host, phone } = await startPhoneAndHost();
    await handshake(host);
    const before = host.rawBytes().length;
    phone.setFaults({ dropAfterBytes: 1000 });
    await openStream(host, { hostId: 1, service: 'exec:seq-bytes 5000' });
    await host.closed;
    expect(host.rawBytes().length - before).toBe(1000);
    expect((await phone.events.waitFor('disconnect')).reason).toBe('dropped after 1000 bytes');
  });

  it('bandwidth limit paces stream data', async () => {
    const { host, phone } = await startPhoneAndHost();
    await handshake(host);
    phone.setFaults({ bytesPerSecond: 100_000 });
    const started = performance.now();
    const localId = await openStream(host, { hostId: 1, service: 'exec:seq-bytes 30000' });
    expect((await readStream(host, { hostId: 1, localId })).bytes.length).toBe(30_000);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('stopListening refuses new connections until resumeListening', async () => {
    const { phone } = await startPhoneAndHost();
    await phone.stopListening();
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: phone.port });
      socket.on('connect', () => (socket.destroy(), resolve('connected')));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    await phone.resumeListening();
    await handshake(await openExtraHost(phone));
  });
});

describe('options', () => {
  it('listens on loopback only and validates maxData', async () => {
    await expect(startVirtualPhone({ executor: createEchoShell(), host: '0.0.0.0' })).rejects.toThrow(
      /loopback only/,
    );
    await expect(startVirtualPhone({ executor: createEchoShell(), maxData: 100 })).rejects.toThrow(/maxData/);
    expect(() => createEchoShell()).not.toThrow();
  });

  it('rejects invalid faults', async () => {
    const { phone } = await startPhoneAndHost();
    expect(() => phone.setFaults({ latencyMs: -1 })).toThrow(RangeError);
    expect(phone.faults.latencyMs).toBe(0);
  });
});
