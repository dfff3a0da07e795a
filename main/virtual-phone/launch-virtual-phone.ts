// One call from a profile to a running virtual phone: load the profile (or take a ready
// PhoneState), build its shell and file system, and start the ADB transport on loopback.
import type { PhoneState } from './android/phone-state';
import { createPhoneFileSystem } from './phone-file-system';
import { loadProfile } from './profiles/load-profile';
import { createAndroidShell } from './shell/android-shell';
import type { AuthMode, VirtualPhone } from './virtual-phone';
import { startVirtualPhone } from './virtual-phone';

export interface LaunchVirtualPhoneOptions {
  /** A shipped profile name, `large-N`, a profile JSON path, or a ready PhoneState. */
  readonly profile: string | PhoneState;
  /** 0 or absent: a random free port. */
  readonly port?: number;
  /** Loopback only (default 127.0.0.1). */
  readonly host?: string;
  /** 'root' models `adb root`: pm hide, component changes … are then allowed. */
  readonly runAs?: 'shell' | 'root';
  readonly auth?: AuthMode;
}

export interface LaunchedVirtualPhone {
  readonly phone: VirtualPhone;
  /** The live simulated Android: mutate it (quirks, grants) and the next command sees it. */
  readonly state: PhoneState;
}

export const launchVirtualPhone = async (
  options: LaunchVirtualPhoneOptions,
): Promise<LaunchedVirtualPhone> => {
  const state = typeof options.profile === 'string' ? await loadProfile(options.profile) : options.profile;
  const runAs = options.runAs ?? 'shell';
  const fileSystem = createPhoneFileSystem({ state, runAs });
  const executor = createAndroidShell({ state, runAs, files: fileSystem });
  const { props } = state;
  const phone = await startVirtualPhone({
    executor,
    fileSystem,
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.auth === undefined ? {} : { auth: options.auth }),
    banner: {
      ...(props['ro.product.name'] === undefined ? {} : { product: props['ro.product.name'] }),
      ...(props['ro.product.model'] === undefined ? {} : { model: props['ro.product.model'] }),
      ...(props['ro.product.device'] === undefined ? {} : { device: props['ro.product.device'] }),
    },
  });
  return { phone, state };
};
