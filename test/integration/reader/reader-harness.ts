// The reader integration tests' setup, once per test file: a private adb server, an AdbService on
// it, and the virtual phones a test connects (disconnected and closed after the file).
import { afterAll, beforeAll } from 'vitest';
import { createAdbService, type AdbService } from '../../../main/adb/adb-service';
import { EventHub } from '../../../main/services/event-hub';
import type { VirtualPhone } from '../../../main/virtual-phone/virtual-phone';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../support/private-adb-server';

export interface ReaderHarness {
  readonly server: PrivateAdbServer;
  readonly service: AdbService;
  /** Phones to disconnect and close after the file (tests push what they connect). */
  readonly phones: VirtualPhone[];
}

export const useReaderHarness = (): ReaderHarness => {
  let server: PrivateAdbServer | undefined;
  let service: AdbService | undefined;
  const phones: VirtualPhone[] = [];

  beforeAll(async () => {
    server = await startPrivateAdbServer();
    service = createAdbService({ port: server.port, events: new EventHub() });
  });

  afterAll(async () => {
    await service?.dispose();
    for (const phone of phones) await server?.adb(['disconnect', phone.serial]);
    await Promise.all(phones.map((phone) => phone.close()));
    await server?.stop();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the reader harness is not started (use it inside tests)');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get service() {
      return started(service);
    },
    phones,
  };
};
