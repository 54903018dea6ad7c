import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DueState } from '../../../shared';
import { trad } from '../utils/trad';

/** Row backgrounds of items nearing or past their due date (the text mark says the same). */
export const DUE_BACKGROUND: Partial<Record<DueState, 'warning100' | 'danger100'>> = { soon: 'warning100', late: 'danger100' };

/** "Sắp đến hạn" (amber) or "Quá hạn" (red) in words, never by colour alone; nothing otherwise. */
export function DueMark({ due }: { due: DueState }) {
  const { formatMessage } = useIntl();
  if (due !== 'soon' && due !== 'late') return null;
  return (
    // Solid colours, not the design system's light variants: those fall below 4.5:1 on the
    // highlighted rows' own backgrounds.
    <Badge
      backgroundColor={due === 'late' ? 'danger600' : 'warning500'}
      textColor={due === 'late' ? 'neutral0' : 'neutral800'}
      data-due={due}
    >
      {formatMessage({ id: trad(`due.${due}`) })}
    </Badge>
  );
}
