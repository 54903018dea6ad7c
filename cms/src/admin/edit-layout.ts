/**
 * Our inputs in Strapi's edit view. The content manager draws a field with a custom field's input
 * when the field's attribute names one (`attribute.customField`, checked first by its
 * InputRenderer); the `Admin/CM/pages/EditView/mutate-edit-view-layout` hook may change the
 * layout it draws from. So a field keeps its data model and validation, and only its input is ours.
 */
import type { EditFieldLayout, EditLayout } from '@strapi/content-manager/strapi-admin';

export interface EditLayoutHookArgs {
  layout: EditLayout;
  query: unknown;
}

/** The hook that draws every field `matches` selects with the input registered as `customField`. */
export function drawFieldsWith(
  customField: string,
  matches: (field: EditFieldLayout) => boolean,
): (args: EditLayoutHookArgs) => EditLayoutHookArgs {
  const drawn = (field: EditFieldLayout): EditFieldLayout =>
    matches(field) ? Object.assign({}, field, { attribute: Object.assign({}, field.attribute, { customField }) }) : field;
  return ({ layout, query }) => ({
    layout: { ...layout, layout: layout.layout.map((panel) => panel.map((row) => row.map(drawn))) },
    query,
  });
}
