// One `  Package [name] (hex):` block, as printed by `Settings.dumpPackageLPr` (AOSP
// frameworks/base services/core/java/com/android/server/pm/Settings.java). Fields sit at 4
// spaces (`key=value`, several per line on the versionCode line; order varies by release),
// lists (`declared/requested/install permissions:`) have entries at 6, and `User N:` blocks
// have fields at 6 and entries at 8. Unknown `key=value` fields and unknown lists are ignored.
import type { PermissionEntry } from '../../../snapshot/device-snapshot';
import type { BlockContext } from './block-context';
import { PackageFlag, readFlagList } from './flags';
import { readDeclaredLine, readGrantLine, readRequestedLine } from './permission-lines';
import { isListedPackageName } from './package-name';
import { readUserHeader, UserBlockBuilder } from './user-block';
import type {
  DeclaredPermission,
  LocalTime,
  ParsedPackage,
  ParsedUserState,
  RequestedPermission,
} from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type ScalarFields = Mutable<
  Pick<
    ParsedPackage,
    | 'appId'
    | 'pccId'
    | 'sharedUser'
    | 'codePath'
    | 'versionCode'
    | 'minSdk'
    | 'targetSdk'
    | 'versionName'
    | 'timeStamp'
    | 'firstInstallTime'
    | 'lastUpdateTime'
    | 'installer'
    | 'installerUid'
    | 'initiatingInstaller'
    | 'originatingInstaller'
    | 'updateOwner'
    | 'packageSource'
    | 'dataDir'
  >
>;

type ListKind = 'none' | 'declared' | 'requested' | 'install' | 'user' | 'skip';

const toInt = (text: string): number | undefined => (/^-?\d{1,15}$/.test(text) ? Number(text) : undefined);

const INT_FIELDS = {
  userId: 'appId',
  appId: 'appId',
  pccId: 'pccId',
  installerPackageUid: 'installerUid',
  packageSource: 'packageSource',
} as const;
const NAME_FIELDS = {
  installerPackageName: 'installer',
  initiatingPackageName: 'initiatingInstaller',
  originatingPackageName: 'originatingInstaller',
  updateOwnerPackageName: 'updateOwner',
} as const;
const TIME_FIELDS = {
  timeStamp: 'timeStamp',
  firstInstallTime: 'firstInstallTime',
  lastUpdateTime: 'lastUpdateTime',
} as const;
const VERSION_FIELDS = { versionCode: 'versionCode', minSdk: 'minSdk', targetSdk: 'targetSdk' } as const;

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

export class PackageBlockBuilder {
  readonly packageName: string;
  readonly #context: BlockContext;
  readonly #fields: ScalarFields = {};
  #flags: readonly string[] = [];
  #privateFlags: readonly string[] = [];
  #pkgFlags: readonly string[] = [];
  readonly #declared: DeclaredPermission[] = [];
  readonly #requested: RequestedPermission[] = [];
  readonly #install: PermissionEntry[] = [];
  readonly #users = new Map<number, ParsedUserState>();
  #user: UserBlockBuilder | undefined;
  #list: ListKind = 'none';

  constructor(packageName: string, context: BlockContext) {
    this.packageName = packageName;
    this.#context = context;
  }

  /** True once a `User N:` line was seen (every complete block has one). */
  get hasUsers(): boolean {
    return this.#users.size > 0 || this.#user !== undefined;
  }

  /** A line of this block: `content` is the text after `indent` spaces (indent ≥ 4). */
  line(content: string, indent: number): void {
    if (indent === 4) this.#field(content);
    else if (this.#list === 'user' && this.#user !== undefined) {
      if (indent === 6) this.#user.field(content);
      else this.#user.item(content);
    } else if (indent === 6) this.#item(content);
    else if (this.#list !== 'skip') this.#warn('unexpected indentation');
  }

  #warn(message: string): void {
    this.#context.warn(`${this.packageName}: ${message}`);
  }

  #field(content: string): void {
    this.#closeUser();
    this.#list = 'none';
    if (content.startsWith('User ')) this.#openUser(content);
    else if (content === 'declared permissions:') this.#list = 'declared';
    else if (content === 'requested permissions:') this.#list = 'requested';
    else if (content === 'install permissions:') this.#list = 'install';
    else if (content.endsWith(':')) this.#list = 'skip';
    else {
      const eq = content.indexOf('=');
      if (eq > 0) this.#keyValue(content.slice(0, eq), content, eq);
      else this.#warn('unrecognised line');
    }
  }

  #keyValue(key: string, content: string, eq: number): void {
    const value = content.slice(eq + 1);
    if (key === 'versionCode') this.#versions(content);
    else if (key === 'versionName') this.#fields.versionName = value;
    else if (key === 'codePath') this.#fields.codePath = value;
    else if (key === 'dataDir') this.#fields.dataDir = value;
    else if (key === 'sharedUser') this.#sharedUser(value);
    else if (key === 'flags' || key === 'privateFlags' || key === 'pkgFlags') this.#flagList(key, value);
    else if (has(INT_FIELDS, key)) {
      const number = toInt(value);
      if (number === undefined) this.#warn(`${key} is not a number`);
      else this.#fields[INT_FIELDS[key]] = number;
    } else if (has(NAME_FIELDS, key)) {
      if (value === 'null' || value.length === 0) return;
      if (isListedPackageName(value)) this.#fields[NAME_FIELDS[key]] = value;
      else this.#warn(`${key} is not a package name`);
    } else if (has(TIME_FIELDS, key)) {
      const time: LocalTime | undefined = this.#context.readTime(value);
      if (time === undefined) this.#warn(`${key} is not a yyyy-MM-dd HH:mm:ss time`);
      else this.#fields[TIME_FIELDS[key]] = time;
    }
  }

  /** `versionCode=25 minSdk=23 targetSdk=23` (6: no minSdk; fields in any order). */
  #versions(content: string): void {
    for (const token of content.split(' ')) {
      const eq = token.indexOf('=');
      const key = token.slice(0, eq);
      if (eq <= 0 || !has(VERSION_FIELDS, key)) continue;
      const number = toInt(token.slice(eq + 1));
      if (number === undefined) this.#warn(`${key} is not a number`);
      else this.#fields[VERSION_FIELDS[key]] = number;
    }
  }

  /** `SharedUserSetting{cb92b86 android.uid.system/1000}`. */
  #sharedUser(value: string): void {
    const space = value.indexOf(' ');
    const slash = value.lastIndexOf('/');
    const name = space < 0 || slash < space ? '' : value.slice(space + 1, slash);
    if (isListedPackageName(name)) this.#fields.sharedUser = name;
    else this.#warn('unreadable sharedUser');
  }

  #flagList(key: 'flags' | 'privateFlags' | 'pkgFlags', value: string): void {
    const list = readFlagList(value);
    if (list === undefined) return this.#warn(`${key} is cut short`);
    if (key === 'flags') this.#flags = list.flags;
    else if (key === 'privateFlags') this.#privateFlags = list.flags;
    else this.#pkgFlags = list.flags;
  }

  #openUser(content: string): void {
    const header = readUserHeader(content);
    if (typeof header === 'string') return this.#warn(header);
    if (this.#users.has(header.userId)) return this.#warn(`user ${header.userId} printed twice`);
    this.#user = new UserBlockBuilder(header, this.#context);
    this.#list = 'user';
  }

  #closeUser(): void {
    if (this.#user === undefined) return;
    this.#users.set(this.#user.userId, this.#user.build());
    this.#user = undefined;
  }

  #item(content: string): void {
    let entry: DeclaredPermission | RequestedPermission | PermissionEntry | string;
    switch (this.#list) {
      case 'declared':
        entry = readDeclaredLine(content);
        if (typeof entry !== 'string') this.#declared.push(entry);
        break;
      case 'requested':
        entry = readRequestedLine(content);
        if (typeof entry !== 'string') this.#requested.push(entry);
        break;
      case 'install':
        entry = readGrantLine(content, 'install');
        if (typeof entry !== 'string') this.#install.push(entry);
        break;
      case 'skip':
        return;
      default:
        entry = 'unexpected indented line';
    }
    if (typeof entry === 'string') this.#warn(entry);
  }

  build(): ParsedPackage {
    this.#closeUser();
    const hasFlag = (flag: string) => this.#flags.includes(flag) || this.#pkgFlags.includes(flag);
    return {
      packageName: this.packageName,
      ...this.#fields,
      flags: this.#flags,
      privateFlags: this.#privateFlags,
      pkgFlags: this.#pkgFlags,
      isSystem: hasFlag(PackageFlag.System),
      isUpdatedSystem: hasFlag(PackageFlag.UpdatedSystemApp),
      declaredPermissions: this.#declared,
      requestedPermissions: this.#requested,
      installPermissions: this.#install,
      installPermissionsFromSharedUser: false,
      users: this.#users,
    };
  }
}
