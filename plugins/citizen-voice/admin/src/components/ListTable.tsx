import { Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';

/** A moderation list's header row: one column a label, in the given order. */
export function ListHead({ labels }: { labels: readonly string[] }) {
  return (
    <Thead>
      <Tr>
        {labels.map((label) => (
          <Th key={label}>
            <Typography variant="sigma">{label}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
}

/** A row's first cell: its code, a button that opens the row's detail ("Mở …" for screen readers). */
export function OpenCodeCell({ code, label, onOpen }: { code: string; label: string; onOpen: () => void }) {
  return (
    <Td>
      <TextButton onClick={onOpen} aria-label={label}>
        {code}
      </TextButton>
    </Td>
  );
}
