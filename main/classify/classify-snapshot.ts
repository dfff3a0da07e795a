// Classifies every app of a phone snapshot. System apps are classified too but marked
// `system: true`, so the rules engine can judge platform components separately.
import type { CategoryId } from '../rules/categories';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import type { AppCatalogue } from './app-catalogue';
import { builtInCatalogue } from './app-catalogue';
import { classifyApp } from './classify-app';
import type { Classification } from './classification';
import type { DeclaredCapabilities } from './declared-capabilities';
import type { TokenTable } from './token-table';
import { builtInTokenTable } from './token-table';

export interface AppClassification extends Classification {
  /** A system (preinstalled) app: judged as a platform component. */
  readonly system: boolean;
}

export interface ClassifySnapshotOptions {
  /** The user's category per package name. */
  readonly userChoices?: ReadonlyMap<string, CategoryId>;
  /** Declared capabilities per package name (from the reader, when it provides them). */
  readonly capabilities?: ReadonlyMap<string, DeclaredCapabilities>;
  /** App labels per package name (the snapshot does not carry them yet). */
  readonly labels?: ReadonlyMap<string, string>;
  readonly catalogue?: AppCatalogue;
  readonly tokens?: TokenTable;
}

/** packageName → classification, in the snapshot's app order. */
export const classifySnapshot = (
  snapshot: Pick<DeviceSnapshot, 'apps'>,
  options: ClassifySnapshotOptions = {},
): Map<string, AppClassification> => {
  const catalogue = options.catalogue ?? builtInCatalogue();
  const tokens = options.tokens ?? builtInTokenTable();
  const result = new Map<string, AppClassification>();
  for (const app of snapshot.apps) {
    const name = app.packageName;
    const userChoice = options.userChoices?.get(name);
    const capabilities = options.capabilities?.get(name);
    const label = options.labels?.get(name);
    const classification = classifyApp({
      packageName: name,
      catalogue,
      tokens,
      ...(userChoice === undefined ? {} : { userChoice }),
      ...(capabilities === undefined ? {} : { capabilities }),
      ...(label === undefined ? {} : { label }),
    });
    result.set(name, { ...classification, system: app.isSystem });
  }
  return result;
};
