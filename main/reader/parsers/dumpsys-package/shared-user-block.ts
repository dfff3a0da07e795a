// One `  SharedUser [name] (hex):` block of the `Shared users:` section
// (`Settings.dumpSharedUsersLPr`): `userId=`, (12L+) `Packages` + `PackageSetting{hex pkg/uid}`
// lines, `install permissions:`, then `User N: ` (trailing space, no state) with
// `runtime permissions:`. Before Android 12 the runtime grants of shared-uid apps are printed
// only here, so the parser copies them to the member packages.
import type { PermissionEntry } from '../../../snapshot/device-snapshot';
import type { BlockContext } from './block-context';
import { readGrantLine } from './permission-lines';
import { isListedPackageName } from './package-name';
import { readUserHeader, UserBlockBuilder } from './user-block';
import type { ParsedSharedUser } from './types';

type ListKind = 'none' | 'members' | 'install' | 'user' | 'skip';

/** `PackageSetting{6e8dcb com.android.mtp/10027}` → `com.android.mtp`. */
const memberName = (content: string): string | undefined => {
  if (!content.startsWith('PackageSetting{')) return undefined;
  const space = content.indexOf(' ');
  const slash = content.lastIndexOf('/');
  if (space < 0 || slash < space) return undefined;
  const name = content.slice(space + 1, slash);
  return isListedPackageName(name) ? name : undefined;
};

export class SharedUserBlockBuilder {
  readonly name: string;
  readonly #context: BlockContext;
  #appId: number | undefined;
  readonly #members: string[] = [];
  readonly #install: PermissionEntry[] = [];
  readonly #runtime = new Map<number, readonly PermissionEntry[]>();
  #user: UserBlockBuilder | undefined;
  #list: ListKind = 'none';

  constructor(name: string, context: BlockContext) {
    this.name = name;
    this.#context = context;
  }

  line(content: string, indent: number): void {
    if (indent === 4) return this.#field(content);
    if (this.#list === 'user' && this.#user !== undefined) {
      if (indent === 6) this.#user.field(content);
      else this.#user.item(content);
      return;
    }
    if (indent !== 6) return;
    if (this.#list === 'members') {
      const member = memberName(content);
      if (member === undefined) this.#context.warn(`shared user ${this.name}: unreadable member`);
      else this.#members.push(member);
    } else if (this.#list === 'install') {
      const entry = readGrantLine(content, 'install');
      if (typeof entry === 'string') this.#context.warn(`shared user ${this.name}: ${entry}`);
      else this.#install.push(entry);
    } else if (this.#list === 'none') this.#context.warn(`shared user ${this.name}: unexpected line`);
  }

  #field(content: string): void {
    this.#closeUser();
    this.#list = 'none';
    if (content.startsWith('userId=')) {
      const id = content.slice(7);
      if (/^\d{1,10}$/.test(id)) this.#appId = Number(id);
    } else if (content === 'Packages') this.#list = 'members';
    else if (content === 'install permissions:') this.#list = 'install';
    else if (content.startsWith('User ')) {
      const header = readUserHeader(content);
      if (typeof header === 'string') this.#context.warn(`shared user ${this.name}: ${header}`);
      else {
        this.#user = new UserBlockBuilder(header, this.#context);
        this.#list = 'user';
      }
    } else if (content.endsWith(':')) this.#list = 'skip';
    else if (!content.includes('=')) this.#context.warn(`shared user ${this.name}: unrecognised line`);
  }

  #closeUser(): void {
    if (this.#user === undefined) return;
    const state = this.#user.build();
    if (!this.#runtime.has(state.userId)) this.#runtime.set(state.userId, state.runtimePermissions);
    this.#user = undefined;
  }

  build(): ParsedSharedUser {
    this.#closeUser();
    return {
      name: this.name,
      ...(this.#appId === undefined ? {} : { appId: this.#appId }),
      members: this.#members,
      installPermissions: this.#install,
      runtimePermissions: this.#runtime,
    };
  }
}
