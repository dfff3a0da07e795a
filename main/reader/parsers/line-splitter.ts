// Splits text that arrives in chunks (a streamed `dumpsys`) into lines, so parsers can run
// while the bytes are still coming. Handles LF, CRLF and lone CR line ends; the last line
// without a newline is delivered by `end()`.

export class LineSplitter {
  readonly #onLine: (line: string) => void;
  #rest = '';
  #lastWasCr = false;

  constructor(onLine: (line: string) => void) {
    this.#onLine = onLine;
  }

  push(chunk: string): void {
    let text = chunk;
    if (this.#lastWasCr && text.startsWith('\n')) text = text.slice(1);
    this.#lastWasCr = false;
    // Hot path: most captures are LF-only, so scan with indexOf and only look for CR when
    // the chunk has one (a per-character loop costs ~10× more on multi-megabyte dumps).
    if (text.indexOf('\r') < 0) {
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        this.#onLine(this.#rest + text.slice(start, end));
        this.#rest = '';
        start = end + 1;
      }
      this.#rest += text.slice(start);
      return;
    }
    let start = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code !== 10 && code !== 13) continue;
      this.#onLine(this.#rest + text.slice(start, index));
      this.#rest = '';
      if (code === 13) {
        if (index + 1 === text.length) this.#lastWasCr = true;
        else if (text.charCodeAt(index + 1) === 10) index += 1;
      }
      start = index + 1;
    }
    this.#rest += text.slice(start);
  }

  /** Flushes a final line that had no line end. Returns true if there was one. */
  end(): boolean {
    if (this.#rest.length === 0) return false;
    this.#onLine(this.#rest);
    this.#rest = '';
    return true;
  }
}

/** All lines of a whole text (same rules as the streaming splitter). */
export const splitLines = (text: string): string[] => {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line));
  splitter.push(text);
  splitter.end();
  return lines;
};
