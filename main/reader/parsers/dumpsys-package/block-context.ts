// What block builders need from the parser: a warning sink that knows the current line, and
// the local-time converter for the caller's zone.
import type { LocalTime } from './types';

export interface BlockContext {
  warn(message: string): void;
  readTime(text: string): LocalTime | undefined;
}
