// Shared setup for the wire-level tests: a phone plus a raw host, closed after each test.
import { afterEach } from 'vitest';
import {
  startVirtualPhone,
  type VirtualPhone,
  type VirtualPhoneOptions,
} from '../../../../main/virtual-phone/virtual-phone';
import { createEchoShell } from '../../../support/echo-shell';
import { openRawHost, type RawHost } from './raw-host';

const cleanups: (() => Promise<void> | void)[] = [];

/** Registers an afterEach that closes every phone and host the test created. */
export const useWireCleanup = (): void => {
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
};

export const startPhoneAndHost = async (
  options: Partial<VirtualPhoneOptions> = {},
): Promise<{ phone: VirtualPhone; host: RawHost }> => {
  const phone = await startVirtualPhone({ executor: createEchoShell(), ...options });
  cleanups.push(() => phone.close());
  const host = await openRawHost({ port: phone.port });
  cleanups.push(() => host.close());
  return { phone, host };
};

export const openExtraHost = async (phone: VirtualPhone): Promise<RawHost> => {
  const host = await openRawHost({ port: phone.port });
  cleanups.push(() => host.close());
  return host;
};
