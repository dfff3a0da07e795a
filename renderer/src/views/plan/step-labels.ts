// What a step, a skip reason, a status or a refusal guidance key says in the UI language.
// Pure functions of a `Translate`, so they are unit-tested without a DOM.
import type {
  ActionKind,
  Language,
  LocalisedText,
  SkipReason,
  StepStatus,
  StepTarget,
} from '../../../../preload/contract';
import type { PlainMessageKey, Translate } from '../../i18n/translate';
import type { AppNameOf } from '../apps/use-app-name-of';
import { pickText } from './localised-text';
import { describeAppStateRestore, describeComponentAccess } from './restore-step-labels';

/** `android.permission.ACCESS_FINE_LOCATION` → `ACCESS_FINE_LOCATION`. */
export const shortName = (name: string | undefined): string =>
  name === undefined ? '' : (name.split('.').at(-1) ?? name);

/** A restore-grant step says which way it goes: an op back to its mode, a grant back or away. */
const describeRestore = (target: StepTarget, t: Translate, nameOf: AppNameOf): string => {
  const app = nameOf(target.packageName);
  if (target.permission === undefined && target.op !== undefined)
    return t('action.restore-op', { app, op: target.op, mode: target.mode ?? '' });
  const permission = shortName(target.permission ?? target.op);
  return target.granted === false
    ? t('action.restore-revoke', { app, permission })
    : t('action.restore-grant', { app, permission });
};

/**
 * What a step does, for any kind: the label table below, or (for a kind a newer main sends that
 * this renderer has no label for yet) the kind's own name with the app. Apps are named by
 * `nameOf` (the scan's display names; the package name by default).
 */
export const describeAction = (
  kind: ActionKind,
  target: StepTarget,
  t: Translate,
  nameOf: AppNameOf = (packageName) => packageName,
): string => {
  const app = nameOf(target.packageName);
  const permission = shortName(target.permission ?? target.op);
  const component = target.component ?? app;
  switch (kind) {
    case 'revoke-permission':
      return t('action.revoke-permission', { app, permission });
    case 'stand-in':
      return t('action.stand-in', { app, permission });
    case 'set-app-op':
      return t('action.set-app-op', { app, op: target.op ?? '', mode: target.mode ?? '' });
    case 'disable-accessibility-service':
      return t('action.disable-accessibility-service', { component });
    case 'disallow-notification-listener':
      return t('action.disallow-notification-listener', { component });
    case 'hide-app':
      return t('action.hide-app', { app });
    case 'reset-app':
      return t('action.reset-app', { app });
    case 'restore-grant':
      return describeRestore(target, t, nameOf);
    case 'restore-app-state':
      return describeAppStateRestore(target, t, nameOf);
    case 'set-component-access':
      return describeComponentAccess(target, t);
    default:
      // A kind added in main before it got its own label here still reads sensibly.
      return t('action.other', { kind: String(kind), app });
  }
};

export const SKIP_KEYS = {
  'system-fixed': 'skip.system-fixed',
  'policy-fixed': 'skip.policy-fixed',
  'protected-package': 'skip.protected-package',
  'unsupported-on-this-android': 'skip.unsupported-on-this-android',
  'not-granted': 'skip.not-granted',
  'not-installed': 'skip.not-installed',
  'shell-cannot': 'skip.shell-cannot',
  'kept-installed': 'skip.kept-installed',
} as const satisfies { readonly [R in SkipReason]?: PlainMessageKey };

/**
 * Why a change is skipped: the localised text of a known reason, else (a reason added in main
 * before it got its text here) the explanation main sends with every skipped step.
 */
export const skipReasonText = (
  skip: { readonly reason: string; readonly explanation: LocalisedText },
  options: { readonly t: Translate; readonly language: Language },
): string => {
  const key = Object.hasOwn(SKIP_KEYS, skip.reason)
    ? SKIP_KEYS[skip.reason as keyof typeof SKIP_KEYS]
    : undefined;
  return key === undefined ? pickText(skip.explanation, options.language) : options.t(key);
};

export const STATUS_KEYS = {
  pending: 'change.status.pending',
  running: 'change.status.running',
  verified: 'change.status.verified',
  refused: 'change.status.refused',
  failed: 'change.status.failed',
  skipped: 'change.status.skipped',
  undone: 'change.status.undone',
} as const satisfies { readonly [S in StepStatus]: PlainMessageKey };

export const GUIDANCE_KEYS = {
  'miui-security-debugging': 'guidance.miui-security-debugging',
  'coloros-app-ops': 'guidance.coloros-app-ops',
  'hide-needs-root': 'guidance.hide-needs-root',
  'device-policy': 'guidance.device-policy',
  'user-restricted': 'guidance.user-restricted',
  'not-installed-for-user': 'guidance.not-installed-for-user',
  'user-not-accessible': 'guidance.user-not-accessible',
  'shell-cannot-change-state': 'guidance.shell-cannot-change-state',
  'cannot-disable-system': 'guidance.cannot-disable-system',
  'oem-protected': 'guidance.oem-protected',
  'system-fixed': 'guidance.system-fixed',
  'policy-fixed': 'guidance.policy-fixed',
  'not-changeable': 'guidance.not-changeable',
  'not-requested': 'guidance.not-requested',
  'unknown-command': 'guidance.unknown-command',
  'unknown-op': 'guidance.unknown-op',
  'device-refused': 'guidance.device-refused',
} as const satisfies Readonly<Record<string, PlainMessageKey>>;

/** The localised guidance for a refusal key; unknown keys fall back to the generic one. */
export const guidanceText = (key: string | undefined, t: Translate): string | undefined => {
  if (key === undefined) return undefined;
  const known = Object.hasOwn(GUIDANCE_KEYS, key)
    ? GUIDANCE_KEYS[key as keyof typeof GUIDANCE_KEYS]
    : undefined;
  return t(known ?? 'guidance.device-refused');
};

export const statusText = (status: string, t: Translate): string =>
  Object.hasOwn(STATUS_KEYS, status) ? t(STATUS_KEYS[status as StepStatus]) : status;
