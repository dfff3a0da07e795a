// The connection as seen on the wire by a hand-written host (no adb server): handshake
// terms, checksums, stream ids, OKAY pacing, chunking to the negotiated maxdata, unknown
// services and ids, and dropping the connection on a bad packet.
import { afterEach, describe, expect, it } from 'vitest';
import {
  AdbCommand,
  encodePacket,
  packet,
  payloadChecksum,
} from '../../../../main/virtual-phone/transport/packet';
import {
  startVirtualPhone,
  type VirtualPhone,
  type VirtualPhoneOptions,
} from '../../../../main/virtual-phone/virtual-phone';
import { createEchoShell, seqBytes } from '../../../support/echo-shell';
import { handshake, openRawHost, openStream, readStream, text, type RawHost } from './raw-host';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const setup = async (options: Partial<VirtualPhoneOptions> = {}, hostOptions: { version?: number } = {}) => {
  const phone: VirtualPhone = await startVirtualPhone({ executor: createEchoShell(), ...options });
  cleanups.push(() => phone.close());
  const host: RawHost = await openRawHost({ port: phone.port, ...hostOptions });
  cleanups.push(() => host.close());
  return { phone, host };
};

describe('handshake', () => {
  it('answers CNXN with the banner and maxdata = min(own, host)', async () => {
    const { host } = await setup({ maxData: 8192, banner: { product: 'p;x', model: 'M', device: 'd' } });
    const reply = await handshake(host, { maxData: 4096 });
    expect(reply.arg0).toBe(0x01000001);
    expect(reply.arg1).toBe(4096);
    expect(Buffer.from(reply.payload).toString()).toBe(
      'device::ro.product.name=p_x;ro.product.model=M;ro.product.device=d;features=shell_v2,cmd',
    );
  });

  it('advertises only cmd without shell_v2, and takes its own maxdata when the host offers more', async () => {
    const { host } = await setup({ shellV2: false, maxData: 2048 });
    const reply = await handshake(host, { maxData: 1024 * 1024 });
    expect(Buffer.from(reply.payload).toString()).toMatch(/;features=cmd$/);
    expect(reply.arg1).toBe(2048);
  });

  it('sends byte-sum checksums to an old host (version 0x01000000)', async () => {
    const { host } = await setup({}, { version: 0x01000000 });
    host.send(packet(AdbCommand.CNXN, 0x01000000, 4096, text('host::')));
    await host.next((reply) => reply.command === AdbCommand.CNXN);
    const reply = host.received[0];
    expect(reply?.arg0).toBe(0x01000000);
    const checksum = host.rawBytes().readUInt32LE(16);
    expect(checksum).not.toBe(0);
    expect(checksum).toBe(payloadChecksum(reply?.payload ?? new Uint8Array()));
  });

  it('ignores OPEN before the handshake and drops the connection on a bad magic', async () => {
    const { phone, host } = await setup();
    host.send(packet(AdbCommand.OPEN, 1, 0, text('shell:echo early\0')));
    const bad = encodePacket(packet(AdbCommand.OKAY, 1, 1), 0x01000001);
    bad.writeUInt32LE(0xdeadbeef, 20);
    host.sendRaw(bad);
    await host.closed;
    expect(host.received).toEqual([]);
    const disconnect = await phone.events.waitFor('disconnect');
    expect(disconnect.reason).toMatch(/^protocol error: bad magic/);
  });
});

describe('streams', () => {
  it('opens with non-zero unique ids and acknowledges every host WRTE', async () => {
    const { host } = await setup();
    await handshake(host);
    const first = await openStream(host, { hostId: 11, service: 'shell,v2,raw:sleep 5000' });
    const second = await openStream(host, { hostId: 12, service: 'shell,v2,raw:sleep 5000' });
    expect(first).not.toBe(0);
    expect(second).not.toBe(0);
    expect(first).not.toBe(second);
    host.send(packet(AdbCommand.WRTE, 11, first, Uint8Array.of(4, 0, 0, 0, 0)));
    host.send(packet(AdbCommand.WRTE, 11, first, Uint8Array.of(0, 1, 0, 0, 0, 65)));
    await host.next(
      (reply) => reply.command === AdbCommand.OKAY && reply.arg0 === first && reply.arg1 === 11,
    );
    await host.next(
      (reply) => reply.command === AdbCommand.OKAY && reply.arg0 === first && reply.arg1 === 11,
    );
  });

  it('answers an unknown service with CLSE(0, hostId)', async () => {
    const { host, phone } = await setup();
    await handshake(host);
    expect(await openStream(host, { hostId: 7, service: 'reboot:bootloader' })).toBe(0);
    expect(host.received.at(-1)).toMatchObject({ command: AdbCommand.CLSE, arg0: 0, arg1: 7 });
    expect(phone.events.ofType('service').at(-1)).toMatchObject({
      service: 'reboot:bootloader',
      known: false,
    });
  });

  it('ignores CLSE, OKAY and WRTE for unknown ids and keeps working', async () => {
    const { host } = await setup();
    await handshake(host);
    host.send(packet(AdbCommand.CLSE, 99, 12345));
    host.send(packet(AdbCommand.OKAY, 99, 12345));
    host.send(packet(AdbCommand.WRTE, 99, 12345, text('x')));
    const localId = await openStream(host, { hostId: 3, service: 'shell:echo alive' });
    expect((await readStream(host, { hostId: 3, localId })).bytes.toString()).toBe('alive\n');
  });

  it('never has two WRTE in flight on a stream and chunks to the negotiated maxdata', async () => {
    const { host } = await setup({ maxData: 65536 });
    await handshake(host, { maxData: 1000 });
    const localId = await openStream(host, { hostId: 5, service: 'exec:seq-bytes 5000' });
    const first = await host.next((reply) => reply.command === AdbCommand.WRTE && reply.arg1 === 5);
    expect(first.payload.length).toBe(1000);
    // Withhold the OKAY; a full command on another stream proves the phone kept going.
    const otherId = await openStream(host, { hostId: 6, service: 'shell:echo other' });
    expect((await readStream(host, { hostId: 6, localId: otherId })).bytes.toString()).toBe('other\n');
    expect(
      host.received.filter((reply) => reply.command === AdbCommand.WRTE && reply.arg1 === 5),
    ).toHaveLength(1);
    host.send(packet(AdbCommand.OKAY, 5, localId));
    const rest = await readStream(host, { hostId: 5, localId });
    expect(Buffer.concat([first.payload, rest.bytes]).equals(seqBytes(5000))).toBe(true);
    expect(rest.sizes).toEqual([1000, 1000, 1000, 1000]);
  });

  it('aborts the command when the host closes the stream', async () => {
    const shell = createEchoShell();
    const { host, phone } = await setup({ executor: shell });
    await handshake(host);
    const localId = await openStream(host, { hostId: 8, service: 'shell,v2,raw:sleep 60000' });
    await expect.poll(() => shell.running.size).toBe(1);
    host.send(packet(AdbCommand.CLSE, 8, localId));
    await phone.events.waitFor('stream-closed', { predicate: (event) => event.by === 'host' });
    await expect.poll(() => shell.running.size).toBe(0);
  });
});
