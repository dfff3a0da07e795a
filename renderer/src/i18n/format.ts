// Locale-aware number and date formatting through Intl, keyed by the UI language.
import type { Language } from '../../../preload/contract';

export interface Formatters {
  readonly number: (value: number) => string;
  readonly dateTime: (value: Date | number) => string;
  readonly time: (value: Date | number) => string;
}

export const createFormatters = (language: Language): Formatters => {
  const numberFormat = new Intl.NumberFormat(language);
  const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  const timeFormat = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  return {
    number: (value) => numberFormat.format(value),
    dateTime: (value) => dateTimeFormat.format(value),
    time: (value) => timeFormat.format(value),
  };
};
