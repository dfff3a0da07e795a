// A phone is its hardware id across system updates and adb serials: the identity getprop gives,
// the records and journal of one phone across its builds (older batches flagged "system updated
// since"), pre-0004 rows adopted, and the engine refusing another phone, and another build
// unless the user accepted it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyPlan,
  assertSamePhone,
  identityFromProperties,
  resumeBatch,
  rollBackBatch,
  SystemUpdatedSinceBatch,
  undoScope,
} from '../../../main/actions/apply';
import { MEMORY_DATABASE } from '../../../main/db/open-database';
import { createDevicesRepository } from '../../../main/db/repositories/devices-repository';
import { createJournalRepository } from '../../../main/db/repositories/journal-repository';
import type { SqliteDatabase } from '../../../main/db/sqlite-database';
import { formatJournal } from '../../../main/journal/format-journal';
import type { Journal } from '../../../main/journal/journal-types';
import { openStore } from '../../../main/journal/open-store';
import { DeviceIdentityMismatch } from '../../../main/plan/plan-errors';
import { listPhoneJournal } from '../../../main/services/phone-journal';
import { FakePhone, planOf } from './fake-phone';

let db: SqliteDatabase;
let journal: Journal;
let phone: FakePhone;

beforeEach(() => {
  db = openStore({ file: MEMORY_DATABASE });
  journal = createJournalRepository(db);
  phone = new FakePhone();
});
afterEach(() => db.close());

const OLD = 'fake/phone:14/UQ1A/1:user/release-keys';
const NEW = 'fake/phone:14/UQ1A/2:user/release-keys';

describe('identityFromProperties', () => {
  it('prefers ro.serialno, then ro.boot.serialno, then the adb serial', () => {
    const props = { 'ro.build.fingerprint': OLD };
    expect(
      identityFromProperties({ serial: '10.0.0.2:5555', props: { ...props, 'ro.serialno': 'HW1' } }),
    ).toEqual({
      serial: '10.0.0.2:5555',
      fingerprint: OLD,
      hardwareId: 'HW1',
      identitySource: 'property',
    });
    expect(
      identityFromProperties({ serial: 's', props: { 'ro.serialno': 'unknown', 'ro.boot.serialno': 'HW2' } }),
    ).toMatchObject({ hardwareId: 'HW2', fingerprint: '' });
    expect(identityFromProperties({ serial: 'emulator-5554', props: { 'ro.serialno': '' } })).toMatchObject({
      hardwareId: 'emulator-5554',
      identitySource: 'adb-serial',
    });
  });
});

describe('assertSamePhone', () => {
  const batch = { id: 'b', device: { serial: 'a:1', fingerprint: OLD, hardwareId: 'HW1' } };
  it('accepts a new adb serial, refuses another phone, and another build without consent', () => {
    expect(() => assertSamePhone({ batch, actual: { ...batch.device, serial: 'a:2' } })).not.toThrow();
    expect(() => assertSamePhone({ batch, actual: { ...batch.device, hardwareId: 'HW2' } })).toThrow(
      DeviceIdentityMismatch,
    );
    expect(() =>
      assertSamePhone({ batch, actual: { ...batch.device, hardwareId: 'HW2' }, acceptUpdatedSystem: true }),
    ).toThrow(DeviceIdentityMismatch);
    const updated = { ...batch.device, fingerprint: NEW };
    expect(() => assertSamePhone({ batch, actual: updated })).toThrow(SystemUpdatedSinceBatch);
    expect(() => assertSamePhone({ batch, actual: updated, acceptUpdatedSystem: true })).not.toThrow();
  });
});

describe('devices repository', () => {
  it('gives a pre-0004 row its hardware id when the phone is seen with the same serial and build', async () => {
    db.run(
      `INSERT INTO devices (hardware_id, identity_source, serial, fingerprint, first_seen, last_seen)
VALUES ('10.0.0.2:5555', 'legacy', '10.0.0.2:5555', @fp, 't', 't'),
       ('10.0.0.2:5555', 'legacy', '10.0.0.2:5555', 'older-build', 't', 't')`,
      { fp: OLD },
    );
    const devices = createDevicesRepository(db);
    const seen = await devices.identify({ hardwareId: 'HW1', serial: '10.0.0.2:5555', fingerprint: OLD });
    expect(seen).toMatchObject({ id: 1, hardwareId: 'HW1', identitySource: 'property' });
    // Another build under the same serial stays legacy: nothing says it was this phone.
    expect((await devices.list()).find((record) => record.id === 2)).toMatchObject({
      hardwareId: '10.0.0.2:5555',
      identitySource: 'legacy',
    });
  });
});

describe('a batch interrupted before a system update', () => {
  const engine = () => ({ session: phone.session(), journal, executors: phone.executors() });
  const store = () => ({ devices: createDevicesRepository(db), journal });

  const interruptThenUpdate = async () => {
    const done = await applyPlan({ ...engine(), plan: planOf(1), batchId: 'done' });
    const controller = new AbortController();
    const cut = await applyPlan({
      ...engine(),
      plan: { ...planOf(3), id: 'plan-2' },
      batchId: 'cut',
      signal: controller.signal,
      onProgress: (event) => event.type === 'step-finished' && controller.abort(),
    });
    expect(cut).toMatchObject({ state: 'interrupted', counts: { verified: 1, pending: 2 } });
    phone.fingerprint = NEW;
    await store().devices.identify({ hardwareId: 'fake-1', serial: 'fake-1', fingerprint: NEW });
    return { done, cut };
  };

  it('is listed with the phone’s other builds, flagged with the old and new build', async () => {
    await interruptThenUpdate();
    const offline = await listPhoneJournal(store(), { serial: 'fake-1' });
    expect(offline.map((batch) => [batch.id, batch.systemUpdated])).toEqual([
      ['cut', { batchFingerprint: OLD, currentFingerprint: NEW }],
      ['done', { batchFingerprint: OLD, currentFingerprint: NEW }],
    ]);
    // Live on yet another build (not stored yet): the live build counts.
    const live = await listPhoneJournal(store(), {
      serial: 'other-serial',
      hardwareId: 'fake-1',
      currentFingerprint: OLD,
    });
    expect(live.map((batch) => batch.systemUpdated)).toEqual([undefined, undefined]);
    expect(formatJournal(offline).join('\n')).toContain(`System updated since: made on ${OLD}`);
  });

  it('is resumed, rolled back or undone only with the user’s consent', async () => {
    const { cut } = await interruptThenUpdate();
    phone.calls.length = 0;
    await expect(resumeBatch({ ...engine(), batchId: cut.batchId })).rejects.toBeInstanceOf(
      SystemUpdatedSinceBatch,
    );
    await expect(rollBackBatch({ ...engine(), batchId: cut.batchId })).rejects.toBeInstanceOf(
      SystemUpdatedSinceBatch,
    );
    await expect(undoScope({ ...engine(), sdk: 34, scope: { all: true } })).rejects.toBeInstanceOf(
      SystemUpdatedSinceBatch,
    );
    expect(phone.calls).toEqual([]);
    expect(await journal.locks.holder('fake-1')).toBeUndefined();
    const resumed = await resumeBatch({ ...engine(), batchId: cut.batchId, acceptUpdatedSystem: true });
    expect(resumed).toMatchObject({ state: 'completed', counts: { verified: 3 } });
  });

  it('is refused on another phone even with consent', async () => {
    const { cut } = await interruptThenUpdate();
    const session = { ...phone.session(), getProperties: async () => ({ 'ro.serialno': 'HW-OTHER' }) };
    await expect(
      resumeBatch({ ...engine(), session, batchId: cut.batchId, acceptUpdatedSystem: true }),
    ).rejects.toBeInstanceOf(DeviceIdentityMismatch);
  });
});
