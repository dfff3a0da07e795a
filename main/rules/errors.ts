// Errors of the rule data and the user's overrides.

export abstract class RulesError extends Error {}

/** The built-in rule data failed its schema (a build defect, caught by a unit test). */
export class RulesDataError extends RulesError {
  override readonly name = 'RulesDataError';
}

/** An overrides document (file or import) is malformed or contradicts the built-in set. */
export class RuleOverridesError extends RulesError {
  override readonly name = 'RuleOverridesError';
}
