// Splits the main text of an `adb bugreport` (frameworks/native/cmds/dumpstate/dumpstate.cpp)
// into its parts:
// - sections: `------ TITLE (command or path) ------` … up to the next header, ended early by
//   `------ 0.040s was the duration of 'TITLE' ------`;
// - dumpsys services: `DUMP OF SERVICE [CRITICAL |HIGH |NORMAL ]name:` … ended by
//   `--------- 0.007s was the duration of dumpsys name, ending at: …`, the 79-dash separator
//   before the next service, or any other header.
// Pure: text in, maps out. A service still open at the end of the text is reported as cut short.
import type { ParseResult } from '../parsers/parse-result';
import { WarningSink } from '../parsers/parse-result';
import { LineSplitter } from '../parsers/line-splitter';

export interface BugreportSections {
  /** Section title (e.g. `SYSTEM PROPERTIES`) → body. */
  readonly sections: ReadonlyMap<string, string>;
  /** dumpsys service name (e.g. `package`) → its dump. */
  readonly services: ReadonlyMap<string, string>;
}

const SECTION = /^------ (.+?)(?: \((.*)\))? ------$/;
const SECTION_DURATION = /^------ [\d.]+s was the duration of '.*' ------$/;
const SERVICE = /^DUMP OF SERVICE (?:(?:CRITICAL|HIGH|NORMAL) )?([^\s:]+):$/;
const SERVICE_DURATION = /^-{9} [\d.]+s was the duration of dumpsys /;
const SEPARATOR = /^-{60,}$/;
const BANNER = /^={20,}$/;

type Open = { kind: 'section' | 'service'; name: string; lines: string[]; line: number };

export const splitBugreportSections = (text: string): ParseResult<BugreportSections> => {
  const sink = new WarningSink('bugreport');
  const sections = new Map<string, string>();
  const services = new Map<string, string>();
  let open: Open | undefined;
  let lineNo = 0;

  const close = (): void => {
    if (open === undefined) return;
    const target = open.kind === 'section' ? sections : services;
    const body = open.lines.join('\n');
    const existing = target.get(open.name);
    if (existing === undefined || (existing.trim() === '' && body.trim() !== '')) {
      target.set(open.name, body);
    } else if (body.trim() !== '') {
      sink.warn(`${open.kind} ${open.name} appears again; the first copy is kept`, open.line);
    }
    open = undefined;
  };

  const onLine = (raw: string): void => {
    lineNo += 1;
    const line = raw.trimEnd();
    if (
      SECTION_DURATION.test(line) ||
      SERVICE_DURATION.test(line) ||
      SEPARATOR.test(line) ||
      BANNER.test(line)
    ) {
      close();
      return;
    }
    let match = SERVICE.exec(line);
    if (match !== null) {
      close();
      open = { kind: 'service', name: match[1] ?? '', lines: [], line: lineNo };
      return;
    }
    match = SECTION.exec(line);
    if (match !== null) {
      close();
      open = { kind: 'section', name: match[1] ?? '', lines: [], line: lineNo };
      return;
    }
    open?.lines.push(raw);
  };

  const splitter = new LineSplitter(onLine);
  splitter.push(text);
  splitter.end();
  const cut = open as Open | undefined;
  const partial = cut?.kind === 'service';
  if (cut !== undefined && partial) sink.warn(`the text ends inside the dump of ${cut.name}`, cut.line);
  close();
  if (sections.size === 0 && services.size === 0) sink.warn('no dumpstate sections found: not a bugreport?');
  return { value: { sections, services }, warnings: sink.warnings, partial };
};
