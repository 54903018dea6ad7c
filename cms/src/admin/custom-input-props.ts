import * as React from 'react';

/** What our custom inputs use of the props the edit view hands every field input. */
export interface CustomInputProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  disabled: boolean;
}

/**
 * The edit view hands custom inputs its field props untyped (a custom field's `Input` is a plain
 * ComponentType): read the ones we use, checked.
 */
export function customInputProps(props: object, fallbackLabel: string): CustomInputProps {
  const { name, label, hint, disabled } = props as Partial<Record<keyof CustomInputProps, unknown>>;
  if (typeof name !== 'string') throw new Error('A custom input needs the field name');
  return {
    name,
    label: typeof label === 'string' ? label : fallbackLabel,
    hint: React.isValidElement(hint) || typeof hint === 'string' ? hint : undefined,
    disabled: disabled === true,
  };
}
