// One input being parsed: text pushed in chunks, finished once. The big dumps go to their
// streaming parsers as the bytes arrive; the small outputs are collected and parsed whole.
import { parseDeviceIdleWhitelist } from '../parsers/deviceidle-whitelist';
import { parseAccessibility } from '../parsers/dumpsys-accessibility';
import { createDumpsysAppOpsParser } from '../parsers/dumpsys-appops';
import { parseDevicePolicy } from '../parsers/dumpsys-device-policy';
import { parseNotificationListeners } from '../parsers/dumpsys-notification';
import { createDumpsysPackageParser } from '../parsers/dumpsys-package';
import { createDumpsysUsageStatsParser } from '../parsers/dumpsys-usagestats';
import { parseGetprop } from '../parsers/getprop';
import type { ParseResult } from '../parsers/parse-result';
import { parsePmListUsers } from '../parsers/pm-list-users';
import { createResolverTablesParser } from '../parsers/resolver-tables';
import { parseSettingsList } from '../parsers/settings';
import { CaptureName } from '../offline/captured-outputs';
import { ExtraInput, type InputName } from './parsed-captures';
import { parsePhoneClock, parseShellUid } from './shell-facts';

export interface CaptureSink {
  push(chunk: string): void;
  end(): ParseResult<unknown>;
  /** Values further parsers read from the same text (ParsedCaptures keys), after `end`. */
  readonly extras?: () => Readonly<Record<string, unknown>>;
}

/**
 * `dumpsys package`: the package parser and, as a second consumer of the same streamed text,
 * the resolver-table parser (declared capabilities). No extra round trip; warnings merged.
 */
const packageSinks = (timeZone: string): CaptureSink => {
  const packages = createDumpsysPackageParser({ timeZone });
  const resolvers = createResolverTablesParser();
  return {
    push: (chunk) => {
      packages.push(chunk);
      resolvers.push(chunk);
    },
    end: () => {
      const result = packages.end();
      return { ...result, warnings: [...result.warnings, ...resolvers.end().warnings] };
    },
    extras: () => ({ resolvers: resolvers.end().value }),
  };
};

/** Times the streaming parsers need at their start (known from earlier inputs). */
export interface SinkTimes {
  readonly timeZone: string;
  /** Only asked for by the appops parser, when it starts. */
  readonly now: () => number | undefined;
}

const collected = (parse: (text: string) => ParseResult<unknown>): CaptureSink => {
  const chunks: string[] = [];
  return { push: (chunk) => void chunks.push(chunk), end: () => parse(chunks.join('')) };
};

const fact = (read: (text: string) => number | undefined): ((text: string) => ParseResult<unknown>) => {
  return (text) => ({ value: read(text), warnings: [], partial: false });
};

/** A sink for `name`; streaming parsers get the zone (and appops the clock) now. */
export const createCaptureSink = (name: InputName, times: SinkTimes): CaptureSink => {
  switch (name) {
    case CaptureName.DumpsysPackage:
      return packageSinks(times.timeZone);
    case CaptureName.DumpsysAppops: {
      const now = times.now();
      return createDumpsysAppOpsParser(
        now === undefined ? { timeZone: times.timeZone } : { timeZone: times.timeZone, now },
      );
    }
    case CaptureName.DumpsysUsagestats:
      return createDumpsysUsageStatsParser({ timeZone: times.timeZone });
    case CaptureName.Getprop:
      return collected(parseGetprop);
    case CaptureName.PmListUsers:
      return collected(parsePmListUsers);
    case CaptureName.SettingsSecure:
      return collected((text) => parseSettingsList(text, 'settings list secure'));
    case CaptureName.SettingsGlobal:
      return collected((text) => parseSettingsList(text, 'settings list global'));
    case CaptureName.DumpsysDevicePolicy:
      return collected(parseDevicePolicy);
    case CaptureName.DumpsysNotification:
      return collected(parseNotificationListeners);
    case CaptureName.DumpsysAccessibility:
      return collected(parseAccessibility);
    case CaptureName.DeviceidleWhitelist:
      return collected(parseDeviceIdleWhitelist);
    case ExtraInput.ShellId:
      return collected(fact(parseShellUid));
    case ExtraInput.Clock:
      return collected(fact(parsePhoneClock));
  }
};
