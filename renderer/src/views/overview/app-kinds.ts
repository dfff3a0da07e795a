// Which apps the overview treats as platform components: system apps never updated by the
// user. The findings engine reports their grants only as info, so the charts leave them out
// unless asked.
import type { AppEntry } from '../../../../preload/contract';

export const isPlatformComponent = (app: Pick<AppEntry, 'isSystem' | 'isUpdatedSystem'>): boolean =>
  app.isSystem && !app.isUpdatedSystem;

/** "pkg/.Service" or "pkg/pkg.Service" → "pkg". */
export const packageOfComponent = (component: string): string => component.split('/', 1)[0] ?? component;
