// What the classifier returns for one app: the category, how sure it is, and why (shown in
// the UI, so every reason has zh-CN and en text plus the evidence it rests on).
import type { CategoryId } from '../rules/categories';

export const ReasonKind = {
  /** The user chose the category. */
  User: 'user',
  /** The built-in catalogue of popular apps lists the package. */
  Catalogue: 'catalogue',
  /** A capability the app declares on the phone (input method, browser, `geo:` …). */
  Capability: 'capability',
  /** Words in the package name or label. */
  Token: 'token',
  /** Nothing matched: `unclassified`. */
  None: 'none',
} as const;
export type ReasonKind = (typeof ReasonKind)[keyof typeof ReasonKind];

export interface ClassificationReason {
  readonly kind: ReasonKind;
  readonly en: string;
  readonly zh: string;
  /** Machine-ish facts behind the reason, e.g. `catalogue: com.autonavi.minimap`, `token map +0.55`. */
  readonly evidence: readonly string[];
}

export interface Classification {
  readonly categoryId: CategoryId;
  /** 0..1; see CONFIDENCE. */
  readonly confidence: number;
  readonly reason: ClassificationReason;
}

/**
 * Confidence by source, highest first. The user's choice is certain; a catalogue entry is 0.95
 * unless the entry sets its own (super-apps and hybrids span several types); a declared
 * capability is 0.8; tokens score by noisy-OR of their weights, capped at `tokenMax` and
 * accepted from `tokenMin`; nothing matched is 0.
 */
export const CONFIDENCE = {
  user: 1,
  catalogue: 0.95,
  capability: 0.8,
  tokenMax: 0.7,
  tokenMin: 0.35,
  none: 0,
} as const;
