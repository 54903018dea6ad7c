import { Badge } from '@strapi/design-system';
import type { WorkflowState } from '../../../shared';

type Variant = 'success' | 'primary' | 'danger' | 'warning' | 'neutral' | 'secondary' | 'alternative';

const VARIANTS: Record<WorkflowState, Variant> = {
  draft: 'neutral',
  submitted: 'secondary',
  editing: 'alternative',
  in_review: 'warning',
  approved: 'primary',
  published: 'success',
  returned: 'danger',
  rejected: 'danger',
};

/** A workflow state as a coloured badge; the label is the server's (Vietnamese) one. */
export function StateBadge({ state, label, size }: { state: WorkflowState; label: string; size?: 'S' | 'M' }) {
  return (
    <Badge variant={VARIANTS[state]} size={size} data-state={state}>
      {label}
    </Badge>
  );
}
