// The phone's event log: typed subscriptions, waiting for past or future events, timeouts.
import { describe, expect, it } from 'vitest';
import { PhoneEventLog } from '../../../../main/virtual-phone/transport/phone-events';

describe('PhoneEventLog', () => {
  it('delivers events of one type to subscribers until they unsubscribe', () => {
    const log = new PhoneEventLog();
    const seen: string[] = [];
    const off = log.on('service', (event) => seen.push(event.service));
    log.emit({ type: 'connection', connectionId: 1 });
    log.emit({ type: 'service', connectionId: 1, service: 'shell:true', known: true });
    off();
    log.emit({ type: 'service', connectionId: 1, service: 'sync:', known: true });
    expect(seen).toEqual(['shell:true']);
    expect(log.ofType('service')).toHaveLength(2);
  });

  it('waitFor finds a past event, or waits for a future one matching the predicate', async () => {
    const log = new PhoneEventLog();
    log.emit({ type: 'sync', connectionId: 1, op: 'STAT', path: '/a' });
    expect((await log.waitFor('sync')).path).toBe('/a');
    const future = log.waitFor('sync', { predicate: (event) => event.op === 'RECV' });
    log.emit({ type: 'sync', connectionId: 1, op: 'STAT', path: '/b' });
    log.emit({ type: 'sync', connectionId: 1, op: 'RECV', path: '/c' });
    expect((await future).path).toBe('/c');
    const onlyNew = log.waitFor('sync', { pastEvents: false });
    log.emit({ type: 'sync', connectionId: 1, op: 'QUIT', path: '' });
    expect((await onlyNew).op).toBe('QUIT');
  });

  it('waitFor rejects with a typed error on timeout', async () => {
    await expect(new PhoneEventLog().waitFor('disconnect', { timeoutMs: 5 })).rejects.toMatchObject({
      name: 'PhoneEventTimeoutError',
    });
  });

  it('keeps a bounded history', () => {
    const log = new PhoneEventLog();
    for (let index = 0; index < 12_000; index += 1) log.emit({ type: 'connection', connectionId: index });
    expect(log.entries.length).toBeLessThanOrEqual(11_000);
    expect(log.entries.at(-1)).toEqual({ type: 'connection', connectionId: 11_999 });
    log.clear();
    expect(log.entries).toEqual([]);
  });
});
