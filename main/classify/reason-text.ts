// The zh-CN and en sentences of each kind of classification reason (shown in the UI).
import type { CatalogueEntry } from './app-catalogue';
import type { CapabilityText } from './capability-classifier';
import { categoryNames } from './category-names';
import type { ClassificationReason } from './classification';
import { ReasonKind } from './classification';
import type { TokenHit } from './token-classifier';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

export const userReason = (categoryId: string): ClassificationReason => {
  const name = categoryNames(categoryId);
  return {
    kind: ReasonKind.User,
    en: `You chose ${name.en} for this app.`,
    zh: `你为此应用选择了「${name.zh}」。`,
    evidence: [`user choice: ${categoryId}`],
  };
};

export const catalogueReason = (entry: CatalogueEntry, confidence: number): ClassificationReason => {
  const name = categoryNames(entry.categoryId);
  const partly = confidence < 0.9;
  return {
    kind: ReasonKind.Catalogue,
    en: partly
      ? `${entry.nameEn} is listed in the built-in catalogue as ${name.en}; it also offers services of other types.`
      : `${entry.nameEn} is listed in the built-in catalogue as ${name.en}.`,
    zh: partly
      ? `内置应用目录将「${entry.nameZh}」列为${name.zh}；它也提供其他类型的服务。`
      : `内置应用目录将「${entry.nameZh}」列为${name.zh}。`,
    evidence: [
      `catalogue: ${entry.packageName} → ${entry.categoryId} (${entry.source}, ${percent(confidence)})`,
    ],
  };
};

export const capabilityReason = (options: {
  categoryId: string;
  decisive: CapabilityText;
  evidence: readonly string[];
}): ClassificationReason => {
  const name = categoryNames(options.categoryId);
  return {
    kind: ReasonKind.Capability,
    en: `The app ${options.decisive.en}, which is what ${name.en} apps do.`,
    zh: `该应用${options.decisive.zh}，这是${name.zh}应用的特征。`,
    evidence: options.evidence,
  };
};

/** An app whose only declared capabilities are platform roles without a regulation type. */
export const roleReason = (
  roles: readonly CapabilityText[],
  evidence: readonly string[],
): ClassificationReason => ({
  kind: ReasonKind.Capability,
  en: `The app ${roles.map((role) => role.en).join(' and ')}; none of the 39 regulated app types covers this platform role, so it is unclassified and judged as a platform component.`,
  zh: `该应用${roles.map((role) => role.zh).join('，且')}；39 类常见应用中没有对应此系统角色的类型，因此归为未分类，按系统组件评估。`,
  evidence,
});

export const tokenReason = (options: {
  categoryId: string;
  hits: readonly TokenHit[];
  evidence: readonly string[];
}): ClassificationReason => {
  const name = categoryNames(options.categoryId);
  const words = [...new Set(options.hits.map((hit) => hit.rule.token))];
  const where = new Set(options.hits.map((hit) => hit.where));
  const whereEn = where.size === 2 ? 'package name and label' : where.has('label') ? 'label' : 'package name';
  const whereZh = where.size === 2 ? '包名和应用名称' : where.has('label') ? '应用名称' : '包名';
  return {
    kind: ReasonKind.Token,
    en: `Its ${whereEn} contains words typical of ${name.en} apps: ${words.join(', ')}. This is a guess; choose a category if it is wrong.`,
    zh: `其${whereZh}含有${name.zh}应用的常见词：${words.join('、')}。这是推测，如有误请手动选择类别。`,
    evidence: options.evidence,
  };
};

export const noneReason = (): ClassificationReason => ({
  kind: ReasonKind.None,
  en: 'The app is not in the built-in catalogue and neither its capabilities nor its name suggest a type, so it is unclassified and judged by conservative defaults.',
  zh: '该应用不在内置应用目录中，其声明的能力和名称也无法判断类型，因此归为未分类，按保守的默认规则评估。',
  evidence: [],
});
