/**
 * The content manager's own Publish and Unpublish buttons (edit view, relation modal, preview)
 * and bulk Publish/Unpublish (list view) are taken away for the governed types, for everyone:
 * the board panel is the way to publish, and the server refuses the built-in paths anyway
 * unless the item is approved. Other types keep them.
 */
import type { BulkActionComponent, DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { isGovernedType } from '../../shared';
import { offerSave, useReadOnlyReason } from './save-first';

const PUBLISHING = new Set(['publish', 'unpublish']);

/**
 * The same action, rendered as nothing for governed types. The original is always called (its
 * hooks must run in the same order on every render); only its description is dropped.
 */
function withoutGoverned<Action extends DocumentActionComponent | BulkActionComponent>(original: Action): Action {
  const wrapped = ((props: Parameters<Action>[0]) => {
    const description = (original as (props: Parameters<Action>[0]) => ReturnType<Action>)(props);
    return isGovernedType(props.model) ? null : description;
  }) as unknown as Action;
  return Object.assign(wrapped, { type: original.type, ...('position' in original ? { position: original.position } : {}) });
}

export function withoutBuiltInPublishing(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  return actions.map((action) => (action.type && PUBLISHING.has(action.type) ? withoutGoverned(action) : action));
}

/**
 * Bulk actions: Strapi's bulk Publish has no `type` (Unpublish has), so it is recognised by the
 * description it returns (`actionType: 'publish'`).
 */
export function withoutBulkPublishing(actions: BulkActionComponent[]): BulkActionComponent[] {
  return actions.map((original) => {
    if (original.type === 'delete') return original;
    const wrapped = ((props: Parameters<BulkActionComponent>[0]) => {
      const description = original(props);
      if (!isGovernedType(props.model) || description === null) return description;
      const actionType = (description as { actionType?: unknown }).actionType;
      return (original.type && PUBLISHING.has(original.type)) || (typeof actionType === 'string' && PUBLISHING.has(actionType))
        ? null
        : description;
    }) as BulkActionComponent;
    return Object.assign(wrapped, { type: original.type });
  });
}

/**
 * The edit view's own Save, unchanged, except that for the governed types it hands its click
 * handler to the board panel (save-first.ts), so "Gửi Ban biên tập" can save and send in one press,
 * and is disabled on an item this person may not edit now (the panel says why).
 */
export function withSaveOffered(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  return actions.map((original) => {
    if (original.type !== 'update') return original;
    const wrapped = ((props: Parameters<DocumentActionComponent>[0]) => {
      const description = original(props);
      const readOnlyReason = useReadOnlyReason(props.model, props.documentId);
      if (!isGovernedType(props.model) || description === null) return description;
      offerSave(props.model, props.documentId, description.disabled ? undefined : description.onClick);
      return readOnlyReason === null ? description : { ...description, disabled: true };
    }) as DocumentActionComponent;
    return Object.assign(wrapped, { type: original.type, ...('position' in original ? { position: original.position } : {}) });
  });
}
