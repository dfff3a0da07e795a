// One private adb server per test file plus helpers to start virtual phones on it and to
// tear everything down (disconnect every phone, close it, kill the server).
import type { PrivateAdbServer } from '../../../support/private-adb-server';
import { startPrivateAdbServer } from '../../../support/private-adb-server';
import type { VirtualPhone, VirtualPhoneOptions } from '../../../../main/virtual-phone/virtual-phone';
import { startVirtualPhone } from '../../../../main/virtual-phone/virtual-phone';
import type { HostShell } from './host-shell';
import { createHostShell } from './host-shell';

export interface AdbFixture {
  readonly server: PrivateAdbServer;
  /** Starts a phone backed by the host shell; disconnected and closed in teardown. */
  phone(options?: Partial<VirtualPhoneOptions>): Promise<VirtualPhone & { shell: HostShell }>;
  /** `adb connect` through the CLI and wait until listed as `device`. */
  connect(phone: VirtualPhone): Promise<void>;
  teardown(): Promise<void>;
}

export const waitUntil = async (
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

export const createAdbFixture = async (): Promise<AdbFixture> => {
  const server = await startPrivateAdbServer();
  const phones: VirtualPhone[] = [];
  return {
    server,
    phone: async (options = {}) => {
      const shell = createHostShell();
      const phone = await startVirtualPhone({ executor: shell, ...options });
      phones.push(phone);
      return Object.assign(phone, { shell });
    },
    connect: async (phone) => {
      await server.adb(['connect', phone.serial]);
      await waitUntil(async () => (await server.adb(['devices'])).stdout.includes(`${phone.serial}\tdevice`));
    },
    teardown: async () => {
      for (const phone of phones) await server.adb(['disconnect', phone.serial]);
      await Promise.all(phones.map((phone) => phone.close()));
      await server.stop();
    },
  };
};
