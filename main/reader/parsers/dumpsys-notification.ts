// The notification-listener part of `dumpsys notification` (NotificationManagerService.dump →
// `  Notification listeners:` → ManagedServices.dump with caption "notification listener"):
//   `    Allowed notification listeners:` then `      a/b:c/d (user: 0 isPrimary: true[ isUserChanged: …])`
//   `    Has user set:` then `      userId=0 value=…`
//   `    All notification listeners (N) enabled for current profiles:` (HyperOS prefixes it with
//     `(user 0):   ` at column 0) then `      ComponentInfo{pkg/cls}`
//   `    Live notification listeners (N):` then `      ComponentInfo{pkg/cls} (user 0): <binder>[ SYSTEM][ GUEST]`
//   `    Snoozed notification listeners (N):` then `      User: 0` / `        pkg/cls`
// Older releases print only the "All … enabled" and "Live …" blocks. Other captions
// (assistants, condition providers) use the same layout and are ignored. FORMATS.md §6.
import { isComponentName } from './device-names';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

export interface NotificationListenerState {
  /** Approved listeners per user (the `enabled_notification_listeners` setting), primary lists only. */
  readonly allowed: readonly { readonly userId: number; readonly components: readonly string[] }[];
  /** Listeners enabled for the current profiles; `userId` when the line says it. */
  readonly enabled: readonly { readonly component: string; readonly userId?: number }[];
  /** Bound listener services. */
  readonly live: readonly { readonly component: string; readonly userId: number; readonly system: boolean }[];
}

const Block = { Allowed: 'allowed', Enabled: 'enabled', Live: 'live', Other: 'other' } as const;
type Block = (typeof Block)[keyof typeof Block];

const HEADER = /^(?:\(user (-?\d{1,10})\):)?\s*(Allowed|All|Live|Snoozed) notification listeners\b.*:\s*$/;
const OTHER_HEADER = /^\s*(Has user set|Allowed |All |Live |Snoozed )/;
const ALLOWED_ENTRY = /^\s+(.*?)\s*\(user: (-?\d{1,10}) isPrimary: (true|false)[^)]*\)$/;
const COMPONENT_INFO = /^\s+ComponentInfo\{([^}]*)\}(.*)$/;
const LIVE_USER = /^\s*\(user (-?\d{1,10})\):/;

export const parseNotificationListeners = (text: string): ParseResult<NotificationListenerState> => {
  const sink = new WarningSink('dumpsys notification');
  const allowed = new Map<number, string[]>();
  const enabled: { component: string; userId?: number }[] = [];
  const live: { component: string; userId: number; system: boolean }[] = [];
  let block: Block | undefined;
  let enabledUser: number | undefined;

  const component = (value: string, line: number): string | undefined => {
    if (isComponentName(value)) return value;
    sink.warn(`not a component name: ${JSON.stringify(value.slice(0, 80))}`, line);
    return undefined;
  };

  splitLines(text).forEach((raw, index) => {
    const line = raw.trimEnd();
    const lineNo = index + 1;
    const header = HEADER.exec(line);
    if (header !== null) {
      const kind = header[2];
      block =
        kind === 'Allowed'
          ? Block.Allowed
          : kind === 'All'
            ? Block.Enabled
            : kind === 'Live'
              ? Block.Live
              : Block.Other;
      enabledUser = header[1] === undefined ? undefined : Number(header[1]);
      return;
    }
    if (block === undefined) return;
    if (!/^\s{5,}\S/.test(line) || OTHER_HEADER.test(line)) {
      // Back at section level (or another caption's block): this listener block is over.
      if (line.trim() !== '') block = undefined;
      return;
    }
    let match: RegExpExecArray | null;
    if (block === Block.Allowed && (match = ALLOWED_ENTRY.exec(line)) !== null) {
      if (match[3] !== 'true') return;
      const userId = Number(match[2]);
      const list = allowed.get(userId) ?? [];
      allowed.set(userId, list);
      for (const entry of (match[1] ?? '').split(':')) {
        if (entry === '') continue;
        const name = component(entry, lineNo);
        if (name !== undefined && !list.includes(name)) list.push(name);
      }
    } else if (block === Block.Enabled && (match = COMPONENT_INFO.exec(line)) !== null) {
      const name = component(match[1] ?? '', lineNo);
      if (name !== undefined)
        enabled.push(
          enabledUser === undefined ? { component: name } : { component: name, userId: enabledUser },
        );
    } else if (block === Block.Live && (match = COMPONENT_INFO.exec(line)) !== null) {
      const name = component(match[1] ?? '', lineNo);
      const rest = match[2] ?? '';
      const user = LIVE_USER.exec(rest);
      if (name !== undefined) {
        live.push({
          component: name,
          userId: user === null ? 0 : Number(user[1]),
          system: /\sSYSTEM\b/.test(rest),
        });
      }
    } else if (block !== Block.Other) {
      sink.warn(
        `unexpected line in the ${block} notification listeners: ${JSON.stringify(line.trim().slice(0, 80))}`,
        lineNo,
      );
    }
  });

  const value: NotificationListenerState = {
    allowed: [...allowed].map(([userId, components]) => ({ userId, components })),
    enabled,
    live,
  };
  return { value, warnings: sink.warnings, partial: false };
};

/** Listeners enabled for one user: the allowed list when printed, else the enabled block. */
export const notificationListenersForUser = (state: NotificationListenerState, userId: number): string[] => {
  const allowed = state.allowed.find((entry) => entry.userId === userId);
  if (allowed !== undefined) return [...allowed.components];
  const hasAllowedLists = state.allowed.length > 0;
  if (hasAllowedLists) return [];
  return state.enabled
    .filter((entry) => entry.userId === undefined || entry.userId === userId)
    .map((entry) => entry.component);
};
