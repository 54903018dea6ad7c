import { Button, Dialog, type ButtonProps } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import * as React from 'react';

interface ConfirmButtonProps {
  /** The button's visible text. */
  children: React.ReactNode;
  /** What the button does, for screen readers, when the visible text alone is ambiguous in a table row. */
  label: string;
  title: string;
  body: string;
  variant?: ButtonProps['variant'];
  confirmVariant?: 'danger' | 'danger-light' | 'default' | 'secondary';
  startIcon?: React.ReactNode;
  onConfirm: () => Promise<void>;
}

/** A button that asks for confirmation in a dialog before doing something consequential. */
export function ConfirmButton({
  children,
  label,
  title,
  body,
  variant = 'tertiary',
  confirmVariant = 'danger-light',
  startIcon,
  onConfirm,
}: ConfirmButtonProps) {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button size="S" variant={variant} startIcon={startIcon} aria-label={label}>
          {children}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog title={title} variant={confirmVariant} onConfirm={onConfirm}>
        {body}
      </ConfirmDialog>
    </Dialog.Root>
  );
}
