// Opens one settings screen on a phone: runs `am start` for each intent of the screen in order
// until one starts. A screen the phone lacks falls through to the next; when none starts, the
// phone's own messages are in the error. Opening a screen changes nothing on the phone, so it is
// not journaled.
import type { OpenPhoneSettingsResult, PhoneSettingsScreen } from '../../preload/contract';
import type { DeviceSession } from '../adb/device-session';
import { CommandFailed } from '../adb/errors';
import { AmStartOutcome, parseAmStart } from './am-start-output';
import { settingsScreenCommands } from './settings-screens';

const AM_START_TIMEOUT_MS = 15_000;

/** No intent of the screen could be started on this phone. */
export class SettingsScreenUnavailable extends CommandFailed {
  readonly screen: PhoneSettingsScreen;

  constructor(screen: PhoneSettingsScreen, messages: readonly string[]) {
    super(`the phone could not open its ${screen} settings screen`, {
      deviceMessage: messages.at(-1) ?? '',
      details: messages,
    });
    this.screen = screen;
  }
}

export const openSettingsScreen = async (options: {
  readonly session: Pick<DeviceSession, 'run'>;
  readonly screen: PhoneSettingsScreen;
  readonly packageName?: string;
  readonly signal?: AbortSignal;
}): Promise<OpenPhoneSettingsResult> => {
  const { session, screen } = options;
  const commands = settingsScreenCommands({
    screen,
    ...(options.packageName === undefined ? {} : { packageName: options.packageName }),
  });
  const messages: string[] = [];
  for (const [index, command] of commands.entries()) {
    const { stdout, exitCode } = await session.run(command, {
      timeoutMs: AM_START_TIMEOUT_MS,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const result = parseAmStart(stdout, exitCode);
    if (result.outcome === AmStartOutcome.Started && result.intent !== undefined) {
      return { screen, intent: result.intent, fallback: index > 0 };
    }
    messages.push(result.message ?? stdout.trim());
  }
  throw new SettingsScreenUnavailable(screen, messages);
};
