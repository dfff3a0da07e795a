// A labelled <select> for one preference; the options are a closed set of string values.
import type { ReactNode } from 'react';
import { useId } from 'react';

export interface PreferenceOption<V extends string> {
  readonly value: V;
  readonly label: string;
  /** BCP 47 tag when the label is in another language than the page (e.g. "简体中文"). */
  readonly lang?: string;
}

export interface PreferenceSelectProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly PreferenceOption<V>[];
  readonly onChange: (value: V) => void;
}

export const PreferenceSelect = <V extends string>(props: PreferenceSelectProps<V>): ReactNode => {
  const id = useId();
  const { label, value, options, onChange } = props;
  const select = (raw: string): void => {
    const option = options.find((candidate) => candidate.value === raw);
    if (option) onChange(option.value);
  };
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(event) => select(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
};
