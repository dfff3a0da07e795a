// One-line explanations of findings, in en and zh-CN, from templates. Every finding kind has at
// least one message and every message both languages with the same {placeholders} (a unit test
// enforces both). Placeholder values are given per language.
import type { FindingKind } from './finding';

export const FINDING_MESSAGES = {
  'excess-grant.not-necessary': {
    en: '{category} apps do not need {subject} for their basic function, yet it is granted ({citation}).',
    zh: '{category}App的基本功能不需要“{subject}”，但已被授予（{citation}）。',
  },
  'excess-grant.extended': {
    en: '{subject} is only an optional feature for {category} apps; keep it only if you use that feature ({citation}).',
    zh: '“{subject}”对{category}App只是可选的扩展功能，仅在你使用该功能时才需保留（{citation}）。',
  },
  'excess-grant.no-pi': {
    en: '{category} apps need no personal information at all, yet {subject} is granted ({citation}).',
    zh: '{category}App无须任何个人信息即可使用基本功能，但已被授予“{subject}”（{citation}）。',
  },
  'background-location.not-necessary': {
    en: 'Background location is not necessary for {category} apps, yet it is granted ({citation}).',
    zh: '{category}App不需要后台位置，但已被授予（{citation}）。',
  },
  'background-location.extended': {
    en: 'The regulation does not require background location for {category} apps; allow it only if you want it ({citation}).',
    zh: '规定并未要求{category}App使用后台位置，仅在你确实需要时才允许（{citation}）。',
  },
  'special-access.not-justified': {
    en: '{subject} is not justified by the basic function of {category} apps ({citation}).',
    zh: '{category}App的基本功能不足以说明需要“{subject}”（{citation}）。',
  },
  'unused-grant.idle': {
    en: '{subject} is granted but has not been used for {days} days.',
    zh: '“{subject}”已授予，但已有{days}天未被使用。',
  },
  'unused-grant.never': {
    en: '{subject} is granted but was never used since install ({days}+ days ago).',
    zh: '“{subject}”已授予，但自安装（{days}天以上）以来从未被使用。',
  },
  'recent-sensitive-use.background': {
    en: 'Used {subject} in the background on {when}.',
    zh: '于{when}在后台使用了“{subject}”。',
  },
  'recent-sensitive-use.recent': {
    en: 'Used {subject} on {when}.',
    zh: '于{when}使用了“{subject}”。',
  },
  tracking: {
    en: 'Holds the advertising ID, which lets ad networks follow you across apps; no basic function needs it.',
    zh: '持有广告标识符，广告网络可借此跨App追踪你；任何基本功能都不需要它。',
  },
  'sideloaded-by-app.installer': {
    en: 'Installed by {installer}, which is not an app store (bundled or pushed install).',
    zh: '由非应用商店的“{installer}”安装（捆绑或推送安装）。',
  },
  'sideloaded-by-app.install-unknown-apps': {
    en: 'Can install other apps ({subject}), which {category} apps do not need ({citation}).',
    zh: '可以安装其他App（“{subject}”），{category}App并不需要（{citation}）。',
  },
  'hard-to-remove.device-admin': {
    en: 'Active device admin: it cannot be uninstalled until its admin access is turned off.',
    zh: '已激活设备管理器：在关闭其管理权限前无法卸载。',
  },
  'legacy-target.pre-23': {
    en: 'Targets Android API {sdk} (below 6.0): its permissions were granted at install and only app ops can restrict them.',
    zh: '目标API为{sdk}（低于Android 6.0）：权限在安装时即被授予，只能通过应用操作（AppOps）限制。',
  },
  'platform.role': {
    en: 'System component holding {subject} for its platform role; shown for information only.',
    zh: '系统组件因其平台角色持有“{subject}”，仅供参考。',
  },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

export type MessageKey = keyof typeof FINDING_MESSAGES;

/** The message keys each kind uses (the parity test checks every kind has one). */
export const MESSAGES_BY_KIND: Readonly<Record<FindingKind, readonly MessageKey[]>> = {
  'excess-grant': ['excess-grant.not-necessary', 'excess-grant.extended', 'excess-grant.no-pi'],
  'background-location': ['background-location.not-necessary', 'background-location.extended'],
  'special-access': ['special-access.not-justified'],
  'unused-grant': ['unused-grant.idle', 'unused-grant.never'],
  'recent-sensitive-use': ['recent-sensitive-use.background', 'recent-sensitive-use.recent'],
  tracking: ['tracking'],
  'sideloaded-by-app': ['sideloaded-by-app.installer', 'sideloaded-by-app.install-unknown-apps'],
  'hard-to-remove': ['hard-to-remove.device-admin'],
  'legacy-target': ['legacy-target.pre-23'],
};

/** A placeholder value: the same in both languages, or one per language. */
export type MessageValue = string | number | { readonly en: string; readonly zh: string };

export const placeholdersOf = (template: string): readonly string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

const fill = (template: string, params: Readonly<Record<string, MessageValue>>, lang: 'en' | 'zh'): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });

export const explain = (
  key: MessageKey,
  params: Readonly<Record<string, MessageValue>> = {},
): { readonly en: string; readonly zh: string } => {
  const message = FINDING_MESSAGES[key];
  return { en: fill(message.en, params, 'en'), zh: fill(message.zh, params, 'zh') };
};
