// History after a system update, in English and in 简体中文, against the real bridge and a
// virtual phone: an apply cancelled after its first step leaves an interrupted batch; the store
// then records that batch as made on an earlier build of the phone (what an OTA update between
// the apply and now looks like). History shows the "system updated" notice with both builds and
// keeps Resume disabled until the user ticks the confirmation; then Resume completes the batch.
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceRef, JournalBatch, Language } from '../../preload/contract';
import { storeFile } from '../../main/journal/open-store';
import type { BridgeProcess } from './support/bridge-process';
import { openDemoPhone } from './support/demo-phone';
import { FlowPage, UI_TIMEOUT } from './support/flow-page';
import type { FlowSession } from './support/flow-session';
import { startFlowSession, stopFlowSession } from './support/flow-session';

const text = FlowPage.text;

describe.each<Language>(['en', 'zh-CN'])('History after a system update (%s)', (language) => {
  let bridge: BridgeProcess;
  let session: FlowSession | undefined;
  let app: FlowPage;
  let device: DeviceRef & { server: string };
  const l: FlowPage['l'] = (key, ...params) => app.l(key, ...params);

  beforeAll(async () => {
    session = await startFlowSession(language);
    ({ bridge, app } = session);
  });

  afterAll(() => stopFlowSession(session));

  /** Moves the batch's phone record to an earlier build, as if the phone was updated since. */
  const recordAsMadeBeforeUpdate = (batchId: string): string => {
    const db = new BetterSqlite3(storeFile(bridge.dataDir));
    try {
      db.pragma('busy_timeout = 5000');
      const earlier = 'Xiaomi/houji/houji:14/UKQ1.230804.001/OS1.0.30.0.UNCCNXM:user/release-keys';
      db.prepare(
        'UPDATE devices SET fingerprint = ? WHERE id = (SELECT device_id FROM journal_batches WHERE id = ?)',
      ).run(earlier, batchId);
      return earlier;
    } finally {
      db.close();
    }
  };

  it('asks for a confirmation before resuming a batch made before the update', async () => {
    device = await openDemoPhone({ app, bridge, profile: 'cn-flagship-14' });
    await app.applyBulkRevoke('com.tencent', device.serial);
    await app.firstStepDone();
    await app.mainButton(l('change.cancel')).click();
    await expect.poll(() => app.mainButton(l('change.cancel')).count(), UI_TIMEOUT).toBe(0);
    const applies = async (): Promise<JournalBatch[]> =>
      (await bridge.call('journal:list', { device })).filter((batch) => batch.kind === 'apply');
    const [cancelled] = await applies();
    expect(cancelled?.state).toBe('interrupted');
    const earlier = recordAsMadeBeforeUpdate(cancelled?.id ?? '');

    await app.navigate('nav.history');
    const notice = app.main.getByRole('region', { name: l('history.systemUpdated.title') });
    await notice.waitFor(UI_TIMEOUT);
    expect(await text(notice)).toContain(earlier);
    const banner = app.interruptedBanner;
    await banner.waitFor(UI_TIMEOUT);
    expect(await text(banner)).toContain(l('history.systemUpdated.batch'));
    const resume = banner.getByRole('button', { name: l('history.resume'), exact: true });
    expect(await resume.isDisabled()).toBe(true);
    const accept = notice.getByRole('checkbox', { name: l('history.systemUpdated.accept') });
    await accept.check();
    await expect.poll(() => resume.isEnabled(), UI_TIMEOUT).toBe(true);
    await app.screenshot('history-system-updated');
    await resume.click();
    await expect
      .poll(() => text(app.main.getByRole('status').first()), UI_TIMEOUT)
      .toBe(l('history.resumed'));
    const after = (await applies()).find((batch) => batch.id === cancelled?.id);
    expect(after?.state).toBe('completed');
    expect(after?.steps.every((step) => step.status !== 'pending' && step.status !== 'running')).toBe(true);
  });
});
