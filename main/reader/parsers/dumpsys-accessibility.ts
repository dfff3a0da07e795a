// `dumpsys accessibility` (AccessibilityManagerService.dump → AccessibilityUserState.dump),
// one `User state[` block per user with `attributes:{id=N, …`. Two layouts:
// - AOSP (dumpsys-accessibility_emulator_14.txt): one line per list,
//   `Enabled services:{{pkg/cls}, {pkg/cls}}` (ComponentName.toShortString), `Bound services:{Service[label=…, …], …}`
//   (labels only, continued on following lines), `Binding services:{…}`, `Crashed services:{…}`.
// - Samsung One UI (dumpsys-accessibility_samsung_10.txt): `installed services: {` / `enabled services: {`
//   / `bound services:{` with one `N : pkg/cls` line per entry and a closing `}`.
import { isComponentName } from './device-names';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

export interface AccessibilityUserState {
  readonly userId: number;
  /** Enabled services (components as printed). */
  readonly enabled: readonly string[];
  /** Bound (running) services when the dump names them (Samsung); AOSP prints labels only. */
  readonly bound: readonly string[];
  /** Number of bound services, also when only labels are printed. */
  readonly boundCount: number;
  readonly crashed: readonly string[];
  /** Installed services (Samsung layout only). */
  readonly installed: readonly string[];
}

type ListName = 'enabled' | 'bound' | 'crashed' | 'installed' | 'binding';

interface Draft {
  userId: number;
  lists: Record<ListName, string[]>;
  boundCount: number;
}

const USER_STATE = /User state\[/;
const USER_ID = /\bid=(\d{1,10})/;
const LIST = /^\s*(enabled|bound|binding|crashed|installed) services:\s*\{(.*)$/i;
const NUMBERED = /^\s*\d+\s*:\s*(\S+)\s*$/;

const addComponent = (list: string[], value: string, context: { sink: WarningSink; line: number }): void => {
  const name = value.trim().replace(/^\{|\}$/g, '');
  if (name === '') return;
  if (!isComponentName(name)) {
    context.sink.warn(`not a component name: ${JSON.stringify(name.slice(0, 80))}`, context.line);
    return;
  }
  if (!list.includes(name)) list.push(name);
};

/** Items of a one-line list body `{a/b}, {c/d}}` (the final `}` closes the list). */
const inlineItems = (body: string): string[] => {
  const braced = [...body.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '');
  if (braced.length > 0) return braced;
  return body.replace(/\}\s*$/, '').split(',');
};

export const parseAccessibility = (text: string): ParseResult<AccessibilityUserState[]> => {
  const sink = new WarningSink('dumpsys accessibility');
  const users: Draft[] = [];
  let current: Draft | undefined;
  let openList: { name: ListName; multiline: boolean } | undefined;

  splitLines(text).forEach((raw, index) => {
    const line = raw.trimEnd();
    const lineNo = index + 1;
    if (USER_STATE.test(line)) {
      const id = USER_ID.exec(line);
      current = {
        userId: id === null ? -1 : Number(id[1]),
        lists: { enabled: [], bound: [], binding: [], crashed: [], installed: [] },
        boundCount: 0,
      };
      users.push(current);
      openList = undefined;
      return;
    }
    if (current === undefined) return;
    if (current.userId === -1) {
      const id = /attributes:\{id=(\d{1,10})/.exec(line);
      if (id !== null) current.userId = Number(id[1]);
    }
    const list = LIST.exec(line);
    if (list !== null) {
      const name = (list[1] ?? '').toLowerCase() as ListName;
      const body = list[2] ?? '';
      if (name === 'bound') current.boundCount += (body.match(/Service\[/g) ?? []).length;
      if (body.trim() === '') {
        openList = { name, multiline: true };
        return;
      }
      if (name !== 'bound' || !body.includes('Service[')) {
        for (const item of inlineItems(body)) addComponent(current.lists[name], item, { sink, line: lineNo });
      }
      openList = body.trimEnd().endsWith('}') ? undefined : { name, multiline: false };
      return;
    }
    if (openList === undefined) return;
    if (!openList.multiline) {
      // Continuation of a one-line list (AOSP wraps bound services over several lines).
      if (openList.name === 'bound') current.boundCount += (line.match(/Service\[/g) ?? []).length;
      if (line.trimEnd().endsWith('}')) openList = undefined;
      return;
    }
    if (/^\s*\}/.test(line)) {
      openList = undefined;
      return;
    }
    const numbered = NUMBERED.exec(line);
    const item = numbered?.[1] ?? line.trim();
    addComponent(current.lists[openList.name], item, { sink, line: lineNo });
    if (openList.name === 'bound') current.boundCount += 1;
  });

  if (users.some((user) => user.userId === -1)) sink.warn('a User state block had no id; -1 used');
  const value = users.map((user) => ({
    userId: user.userId,
    enabled: user.lists.enabled,
    bound: user.lists.bound,
    boundCount: user.boundCount,
    crashed: user.lists.crashed,
    installed: user.lists.installed,
  }));
  return { value, warnings: sink.warnings, partial: false };
};
