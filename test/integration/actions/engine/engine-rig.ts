// One private adb server, an AdbService and an in-memory journal per test file, plus virtual
// phones connected on demand (closed afterwards).
import { afterAll, beforeAll } from 'vitest';
import { createAdbService, type AdbService } from '../../../../main/adb/adb-service';
import { MEMORY_DATABASE } from '../../../../main/db/open-database';
import { createJournalRepository } from '../../../../main/db/repositories/journal-repository';
import type { SqliteDatabase } from '../../../../main/db/sqlite-database';
import type { Journal } from '../../../../main/journal/journal-types';
import { openStore } from '../../../../main/journal/open-store';
import { EventHub } from '../../../../main/services/event-hub';
import type { LaunchedVirtualPhone } from '../../../../main/virtual-phone/launch-virtual-phone';
import { startPrivateAdbServer, type PrivateAdbServer } from '../../../support/private-adb-server';
import { connectPhone } from '../../reader/scan-support';

export interface EngineRig {
  server: PrivateAdbServer;
  service: AdbService;
  db: SqliteDatabase;
  journal: Journal;
  connect: (profile: string) => Promise<LaunchedVirtualPhone & { serial: string }>;
}

export const useEngineRig = (): EngineRig => {
  const phones: (LaunchedVirtualPhone & { serial: string })[] = [];
  const rig = {} as EngineRig;
  beforeAll(async () => {
    rig.server = await startPrivateAdbServer();
    rig.service = createAdbService({ port: rig.server.port, events: new EventHub() });
    rig.db = openStore({ file: MEMORY_DATABASE });
    rig.journal = createJournalRepository(rig.db);
    rig.connect = async (profile) => {
      const launched = await connectPhone(rig.server, profile);
      phones.push(launched);
      return launched;
    };
  });
  afterAll(async () => {
    await rig.service.dispose();
    for (const launched of phones) await rig.server.adb(['disconnect', launched.serial]);
    await Promise.all(phones.map((launched) => launched.phone.close()));
    await rig.server.stop();
    rig.db.close();
  });
  return rig;
};
