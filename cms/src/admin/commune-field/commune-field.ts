/**
 * The "Xã, phường" field of every commune's content. Strapi draws it as a relation picker that
 * shows commune staff a raw id with a remove ✕ (they may not read the communes' names). The edit
 * view's layout hook gives it our input instead: the commune's name, read-only, for commune staff;
 * a searchable choice of communes for province accounts creating an item.
 */
import type { EditFieldLayout, EditLayout } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';

const NAME = 'commune-field';
export const COMMUNE_FIELD = `global::${NAME}`;
export const COMMUNE = 'plugin::commune-tenancy.commune';

export function registerCommuneField(app: StrapiApp): void {
  app.customFields.register({
    name: NAME,
    // The custom-field registry wants a scalar type; the data stays the relation.
    type: 'string',
    intlLabel: { id: 'commune.commune-field.label', defaultMessage: 'Xã, phường' },
    intlDescription: { id: 'commune.commune-field.description', defaultMessage: 'Xã, phường của nội dung' },
    components: { Input: () => import('./CommuneFieldInput') },
  });
}

function drawnAsCommuneName(field: EditFieldLayout): EditFieldLayout {
  if (field.type !== 'relation' || field.name !== 'commune') return field;
  const attribute: typeof field.attribute & { customField: string } = { ...field.attribute, customField: COMMUNE_FIELD };
  return { ...field, attribute };
}

interface EditLayoutHookArgs {
  layout: EditLayout;
  query: unknown;
}

/** The `Admin/CM/pages/EditView/mutate-edit-view-layout` hook for the commune field. */
export function withCommuneNameInput({ layout, query }: EditLayoutHookArgs): EditLayoutHookArgs {
  return { layout: { ...layout, layout: layout.layout.map((panel) => panel.map((row) => row.map(drawnAsCommuneName))) }, query };
}
