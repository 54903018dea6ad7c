import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useAuth, useFetchClient, useForm } from '@strapi/strapi/admin';
import * as React from 'react';
import { relationValue } from '../relation-value';
import { ARTICLE, CATEGORY, lastUsedCategory } from './last-used-category';

/**
 * Sensible defaults for a new news item (the kind "tin" is the schema's default): the category
 * last used. A side panel of the edit view that draws nothing, because side panels are the one
 * place the content manager lets us run code inside its form.
 */
export const NewItemDefaults: PanelComponent = ({ model, documentId }) => {
  useDefaultCategory(model === ARTICLE && !documentId);
  return null;
};

function useDefaultCategory(active: boolean): void {
  const { get } = useFetchClient();
  const userId = useAuth('NewItemDefaults', (auth) => auth.user?.id);
  const onChange = useForm('NewItemDefaults', (form) => form.onChange);
  const getValues = useForm('NewItemDefaults', (form) => form.getValues);
  const done = React.useRef(false);

  React.useEffect(() => {
    if (!active || done.current || typeof userId !== 'number') return;
    done.current = true;
    lastUsedCategory(get, userId).then(
      (category) => {
        // Only into an empty field: never over a choice the editor made meanwhile.
        const current = (getValues() as Record<string, unknown>).category as { connect?: unknown[] } | null | undefined;
        if (category && !current?.connect?.length) onChange('category', relationValue(category, CATEGORY));
      },
      // No default is no harm: the editor picks the category as before.
      () => undefined,
    );
  }, [active, userId, get, onChange, getValues]);
}
