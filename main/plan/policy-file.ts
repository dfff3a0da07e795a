// A policy file: decisions per package / permission / app op / special access, reusable across
// phones ("revoke READ_CONTACTS from every app matching com.example.*"). JSON, validated with
// zod. A rule's `package` is an exact name or a prefix ending in `*`; `*` alone is every app.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { PlanFileError } from './plan-errors';

export const POLICY_DECISIONS = ['revoke', 'stand-in', 'revoke-special-access', 'hide', 'keep'] as const;

const name = z.string().regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, _ . : - only');

const policyRuleSchema = z
  .object({
    package: z.string().regex(/^(\*|[A-Za-z0-9_.]+\*?)$/, 'a package name, a prefix ending in *, or *'),
    permission: name.optional(),
    op: name.optional(),
    specialAccess: name.optional(),
    decision: z.enum(POLICY_DECISIONS),
    /** Op mode for `revoke` of an op (default ignore). */
    mode: z.enum(['ignore', 'deny', 'default', 'foreground']).optional(),
  })
  .strict();

export const policyFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().optional(),
    rules: z.array(policyRuleSchema),
  })
  .strict();

export type PolicyFile = z.infer<typeof policyFileSchema>;
export type PolicyRule = z.infer<typeof policyRuleSchema>;

const problemsOf = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);

export const parsePolicyFile = (text: string, file = 'policy file'): PolicyFile => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PlanFileError({ file, problems: ['not JSON'], cause: error });
  }
  const parsed = policyFileSchema.safeParse(json);
  if (!parsed.success) throw new PlanFileError({ file, problems: problemsOf(parsed.error) });
  return parsed.data;
};

export const loadPolicyFile = async (file: string): Promise<PolicyFile> =>
  parsePolicyFile(await readFile(file, 'utf8'), file);

export const packageMatches = (pattern: string, packageName: string): boolean =>
  pattern === '*' ||
  (pattern.endsWith('*') ? packageName.startsWith(pattern.slice(0, -1)) : pattern === packageName);
