import { Field, TextInput } from '@strapi/design-system';

interface CodeFieldProps {
  name: string;
  label: string;
  value: string;
  error?: string;
  recovery?: boolean;
  onChange: (value: string) => void;
}

/** One code input: numeric keypad and one-time-code autofill for the app's code, plain text for a recovery code. */
export function CodeField({ name, label, value, error, recovery = false, onChange }: CodeFieldProps) {
  return (
    <Field.Root name={name} error={error} required>
      <Field.Label>{label}</Field.Label>
      <TextInput
        value={value}
        autoComplete={recovery ? 'off' : 'one-time-code'}
        inputMode={recovery ? 'text' : 'numeric'}
        maxLength={recovery ? 20 : 6}
        autoFocus
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      <Field.Error />
    </Field.Root>
  );
}
