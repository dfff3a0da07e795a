// Server version mismatch (a fake old server answering host:version), restart through the
// CLI, lazy start on first listDevices, and dispose() leaving no sockets or timers behind.
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdbService } from '../../../main/adb/adb-service';
import { createAdbServerControl } from '../../../main/adb/adb-server';
import { EventHub } from '../../../main/services/event-hub';
import { freePort } from '../../support/private-adb-server';

const ports: number[] = [];
const control = (port: number) => createAdbServerControl({ bin: 'adb', port });

afterAll(async () => {
  await Promise.all(ports.map((port) => control(port).kill()));
});

/** Speaks just enough of the host protocol to look like an adb server of protocol `version`. */
const startOldServer = async (
  version: number,
): Promise<{ port: number; server: Server; requests: string[] }> => {
  const port = await freePort();
  ports.push(port);
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', (data) => {
      const service = data.subarray(4).toString();
      requests.push(service);
      if (service === 'host:version') socket.end(`OKAY0004${version.toString(16).padStart(4, '0')}`);
      else if (service === 'host:kill') {
        socket.end('OKAY');
        server.close();
        for (const other of sockets) other.destroy();
      } else socket.end(`FAIL0007unknown`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, server, requests };
};

describe('adb server lifecycle', () => {
  it('reports a version mismatch, and restartServer replaces the old server', async () => {
    const old = await startOldServer(39);
    const service = createAdbService({ port: old.port, events: new EventHub() });
    try {
      const status = await service.status();
      expect(status).toMatchObject({ serverRunning: true, serverVersion: 39, clientVersion: '1.0.41' });
      expect(status.problem?.code).toBe('adb-version-mismatch');
      expect(status.problem?.message).toContain("adb server version (39) doesn't match this client (41)");

      const restarted = await service.restartServer();
      expect(old.requests).toContain('host:kill');
      expect(restarted).toMatchObject({ serverRunning: true, serverVersion: 41 });
      expect(restarted.problem).toBeUndefined();
    } finally {
      await service.dispose();
    }
  });

  it('start-server against an old server prints the mismatch text we model', async () => {
    const old = await startOldServer(40);
    const output = await control(old.port).start();
    expect(output.replacedMismatch).toEqual({ serverVersion: 40, clientVersion: 41 });
  });

  it('restarts a local server that was killed under it, and tracking resumes', async () => {
    const port = await freePort();
    ports.push(port);
    const service = createAdbService({ port, events: new EventHub(), pollIntervalMs: 100 });
    try {
      await service.listDevices();
      await control(port).kill();
      const started = performance.now();
      for (let i = 0; i < 200 && !(await service.status()).serverRunning; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await service.status()).serverRunning).toBe(true);
      console.log(`server back after ${(performance.now() - started).toFixed(0)} ms`);
      expect(await service.listDevices()).toEqual([]);
    } finally {
      await service.dispose();
    }
  });

  it('starts the server lazily on the first listDevices, and dispose leaves nothing open', async () => {
    const port = await freePort();
    ports.push(port);
    const sockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const settle = async (check: () => boolean) => {
      for (let i = 0; i < 50 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await settle(() => sockets() === 0);
    const before = { sockets: sockets(), timers: timers() };
    const service = createAdbService({ port, events: new EventHub(), pollIntervalMs: 50 });
    expect((await service.status()).serverRunning).toBe(false);
    expect(await service.listDevices()).toEqual([]);
    expect((await service.status()).serverRunning).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200)); // tracker connected, polls running
    expect(sockets()).toBeGreaterThan(before.sockets);
    await service.dispose();
    await settle(() => sockets() === before.sockets);
    expect(sockets()).toBe(before.sockets);
    expect(timers()).toBeLessThanOrEqual(before.timers);
  });
});
