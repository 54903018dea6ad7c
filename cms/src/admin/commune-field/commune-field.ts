/**
 * The "Xã, phường" field of every commune's content. Strapi draws it as a relation picker that
 * shows commune staff a raw id with a remove ✕ (they may not read the communes' names). The edit
 * view's layout hook gives it our input instead: the commune's name, read-only, for commune staff;
 * a searchable choice of communes for province accounts creating an item.
 */
import type { EditFieldLayout } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { drawFieldsWith } from '../edit-layout';

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

const isCommuneField = (field: EditFieldLayout): boolean => field.type === 'relation' && field.name === 'commune';

/** The `Admin/CM/pages/EditView/mutate-edit-view-layout` hook for the commune field. */
export const withCommuneNameInput = drawFieldsWith(COMMUNE_FIELD, isCommuneField);
