// Splits the output of one batched shell (`echo <marker> name; command; echo <marker> next; …`)
// back into per-command sections while it streams. A marker is `ps-<nonce> <name>` followed by
// a line end; the nonce is random per scan, so device output cannot forge one (a marker with
// another nonce, or with a name that was not asked for, is plain text). A marker may follow
// output that did not end its last line; that text stays with the section before. Pure.

export interface SectionHandlers {
  readonly onStart: (name: string) => void;
  readonly onData: (name: string, text: string) => void;
  readonly onEnd: (name: string) => void;
  /** Text before the first marker (normally none). */
  readonly onStray?: (text: string) => void;
}

export const MARKER_PREFIX = 'ps-';
/** Longest section name we wait for after a marker prefix. */
const MAX_NAME = 64;

/** The word echoed before each section (`ps-<nonce>`). */
export const markerWord = (nonce: string): string => `${MARKER_PREFIX}${nonce}`;

export class SectionDemuxer {
  readonly #token: string;
  readonly #names: ReadonlySet<string>;
  readonly #handlers: SectionHandlers;
  #carry = '';
  #current: string | undefined;
  #ended = false;

  constructor(options: { nonce: string; names: readonly string[]; handlers: SectionHandlers }) {
    this.#token = `${markerWord(options.nonce)} `;
    this.#names = new Set(options.names);
    this.#handlers = options.handlers;
  }

  /** The section being read, if any. */
  get current(): string | undefined {
    return this.#current;
  }

  push(chunk: string): void {
    if (this.#ended) return;
    const text = this.#carry + chunk;
    this.#carry = '';
    let from = 0;
    for (;;) {
      const at = text.indexOf(this.#token, from);
      if (at < 0) break;
      const nameStart = at + this.#token.length;
      const lineEnd = text.indexOf('\n', nameStart);
      if (lineEnd < 0 && text.length - nameStart <= MAX_NAME) {
        // The marker line is not complete yet: wait for more.
        this.#emit(text.slice(from, at));
        this.#carry = text.slice(at);
        return;
      }
      const name = lineEnd < 0 ? undefined : text.slice(nameStart, lineEnd).replace(/\r$/, '');
      if (name === undefined || !this.#names.has(name)) {
        this.#emit(text.slice(from, nameStart));
        from = nameStart;
        continue;
      }
      this.#emit(text.slice(from, at));
      this.#switch(name);
      from = lineEnd + 1;
    }
    // Hold back a tail that could be the start of a marker split across chunks.
    const keep = Math.min(text.length - from, this.#token.length - 1);
    const partialAt = text.lastIndexOf(this.#token[0] ?? 'p', text.length - 1);
    const cut = partialAt >= text.length - keep && partialAt >= from ? partialAt : text.length;
    this.#emit(text.slice(from, cut));
    this.#carry = text.slice(cut);
  }

  /** Ends the last section (stream finished). */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#emit(this.#carry);
    this.#carry = '';
    if (this.#current !== undefined) this.#handlers.onEnd(this.#current);
    this.#current = undefined;
  }

  #emit(text: string): void {
    if (text === '') return;
    if (this.#current === undefined) this.#handlers.onStray?.(text);
    else this.#handlers.onData(this.#current, text);
  }

  #switch(name: string): void {
    if (this.#current !== undefined) this.#handlers.onEnd(this.#current);
    this.#current = name;
    this.#handlers.onStart(name);
  }
}
