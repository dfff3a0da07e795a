// Step 3 of classification: capabilities the app declares on the phone. Some map straight to a
// regulation type (input method → 输入法类, browser → 浏览器类, `geo:` → 地图导航类, image capture
// → 拍摄美化类, app store → 应用商店类); platform roles (dialer, SMS, launcher, assistant) have no
// type among the 39, so they only explain why such an app stays unclassified.
import type { RegulationCategoryId } from '../rules/categories';
import type { CapabilityName, DeclaredCapabilities } from './declared-capabilities';

export interface CapabilityText {
  readonly en: string;
  readonly zh: string;
}

interface TypedCapability extends CapabilityText {
  readonly capability: CapabilityName;
  readonly categoryId: RegulationCategoryId;
}

/** Decisive capabilities, strongest first: an IME service or a store role says more than `geo:`. */
const TYPED: readonly TypedCapability[] = [
  {
    capability: 'inputMethod',
    categoryId: 'input_method',
    en: 'declares an input-method service',
    zh: '声明了输入法服务',
  },
  {
    capability: 'appStore',
    categoryId: 'app_store',
    en: 'acts as an app store (installs other apps)',
    zh: '作为应用商店安装其他应用',
  },
  {
    capability: 'browser',
    categoryId: 'browser',
    en: 'handles web links as a browser',
    zh: '作为浏览器处理网页链接',
  },
  {
    capability: 'imageCapture',
    categoryId: 'photo_beautify',
    en: 'handles camera capture requests',
    zh: '处理拍照请求',
  },
  { capability: 'geo', categoryId: 'map_navigation', en: 'opens geo: locations', zh: '处理 geo: 位置链接' },
];

/** Platform roles without a regulation type. */
const ROLES: readonly (CapabilityText & { readonly capability: CapabilityName })[] = [
  { capability: 'dialer', en: 'can be the phone (dialer) app', zh: '可作为拨号（电话）应用' },
  { capability: 'sms', en: 'can be the SMS app', zh: '可作为短信应用' },
  { capability: 'launcher', en: 'is a home screen (launcher)', zh: '是桌面（启动器）' },
  { capability: 'assistant', en: 'is a voice assistant', zh: '是语音助手' },
];

export interface CapabilityMatch {
  /** The decisive capability's category, if any. */
  readonly typed?: { readonly categoryId: RegulationCategoryId; readonly text: CapabilityText };
  /** Every declared capability, described (decisive first, then roles). */
  readonly described: readonly (CapabilityText & { readonly capability: CapabilityName })[];
  /** Declared platform roles. */
  readonly roles: readonly CapabilityText[];
}

export const matchCapabilities = (capabilities: DeclaredCapabilities): CapabilityMatch => {
  const typed = TYPED.filter((entry) => capabilities[entry.capability] === true);
  const roles = ROLES.filter((entry) => capabilities[entry.capability] === true);
  const first = typed[0];
  return {
    ...(first === undefined ? {} : { typed: { categoryId: first.categoryId, text: first } }),
    described: [...typed, ...roles],
    roles,
  };
};
