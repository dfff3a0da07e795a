// Argument schemas shared by the channel handlers: strict objects, bounded strings, and the
// same name patterns the shell layer enforces (main/adb/shell-arguments) for anything that may
// reach a phone.
import { z } from 'zod';
import type { ChangeSelection } from '../../../preload/contract';
import { arg } from '../../adb/shell-arguments';
import { SPECIAL_ACCESS_KEYS, RULE_KEYS } from '../../rules/rule-keys';

/** Accepts exactly what `arg.<kind>` accepts (never a looser copy of its pattern). */
const shellChecked = (check: (value: string) => unknown, max: number, what: string) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(
      (value) => {
        try {
          check(value);
          return true;
        } catch {
          return false;
        }
      },
      { message: `not a valid ${what}` },
    );

export const packageNameSchema = shellChecked(arg.package, 255, 'package name');
export const permissionSchema = shellChecked(arg.permission, 255, 'permission name');
export const appOpSchema = shellChecked(arg.appOp, 100, 'app op');

/** adb serials: USB serials, `host:port`, `[v6]:port`, mDNS names (`adb-…._adb-tls-connect._tcp`). */
export const serialSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:@[\]-]+$/, 'not an adb serial');

const HOST =
  '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:]{2,39}\\])';
const PORT = '(?:[1-9][0-9]{0,4})';

/** An adb server `host:port`. */
export const serverSchema = z
  .string()
  .max(300)
  .regex(new RegExp(`^${HOST}:${PORT}$`), 'not host:port');
/** A network device `host[:port]`. */
export const targetSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(new RegExp(`^${HOST}(?::${PORT})?$`), 'not host[:port]');

export const taskIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'task ids are 1–64 letters, digits, _ or -');

export const deviceRefSchema = z.object({ serial: serialSchema, server: serverSchema.optional() }).strict();

export const categoryIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'not a category id');
export const ruleKeySchema = z.enum(RULE_KEYS);
export const scanIdSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const batchIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not a batch id');

const SPECIAL_ACCESS: ReadonlySet<string> = new Set(SPECIAL_ACCESS_KEYS);

export const changeSelectionSchema = z
  .object({
    packageName: packageNameSchema,
    action: z.enum(['revoke', 'stand-in', 'revoke-special-access', 'hide', 'reset']),
    subject: z.string().min(1).max(255).optional(),
  })
  .strict()
  .superRefine((selection, context) => {
    const { action, subject } = selection;
    const fail = (message: string) => context.addIssue({ code: 'custom', path: ['subject'], message });
    if (action === 'revoke' || action === 'stand-in') {
      if (subject === undefined || !permissionSchema.safeParse(subject).success)
        fail('a permission name is required');
    } else if (action === 'revoke-special-access') {
      if (subject === undefined || !(SPECIAL_ACCESS.has(subject) || appOpSchema.safeParse(subject).success)) {
        fail('a special-access key or an app op is required');
      }
    } else if (subject !== undefined) {
      fail(`${action} takes no subject`);
    }
  }) as z.ZodType<ChangeSelection>;
