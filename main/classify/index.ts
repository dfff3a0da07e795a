// App classification into the regulation's 39 types: catalogue, capabilities, tokens.
export type { AppCatalogue, CatalogueEntry } from './app-catalogue';
export { APP_PACKAGE_NAME, builtInCatalogue, parseAppCatalogue } from './app-catalogue';
export type { CategoryNames } from './category-names';
export { categoryNames } from './category-names';
export type { Classification, ClassificationReason } from './classification';
export { CONFIDENCE, ReasonKind } from './classification';
export type { ClassifyAppInput } from './classify-app';
export { classifyApp } from './classify-app';
export type { AppClassification, ClassifySnapshotOptions } from './classify-snapshot';
export { classifySnapshot } from './classify-snapshot';
export type { CapabilityName, DeclaredCapabilities } from './declared-capabilities';
export { capabilitiesFromComponents } from './declared-capabilities';
export { ClassifyDataError } from './errors';
export type { TokenRule, TokenTable } from './token-table';
export { builtInTokenTable, parseTokenTable } from './token-table';
export { tokenise } from './tokenise';
