// What every parser returns: the typed value, warnings for lines it did not understand
// (never a crash), and whether the input looked cut short.
import type { ParseWarning } from '../../snapshot/device-snapshot';

export interface ParseResult<T> {
  readonly value: T;
  readonly warnings: readonly ParseWarning[];
  /** True when the input ended mid-structure (truncated capture or dropped connection). */
  readonly partial: boolean;
}

/** Collects warnings for one input, capped so a garbage input cannot flood the report. */
export class WarningSink {
  static readonly MAX_WARNINGS = 200;
  readonly #source: string;
  readonly #warnings: ParseWarning[] = [];
  #dropped = 0;

  constructor(source: string) {
    this.#source = source;
  }

  warn(message: string, line?: number): void {
    if (this.#warnings.length >= WarningSink.MAX_WARNINGS) {
      this.#dropped += 1;
      return;
    }
    this.#warnings.push(
      line === undefined ? { source: this.#source, message } : { source: this.#source, line, message },
    );
  }

  get warnings(): readonly ParseWarning[] {
    if (this.#dropped === 0) return this.#warnings;
    return [...this.#warnings, { source: this.#source, message: `${this.#dropped} more warnings not shown` }];
  }
}
