import type { CitizenFormState } from '#shared/types/citizen-voice';

/**
 * The refused form the site's server hands to the page it renders again (server/middleware/
 * 02.citizen-forms.ts): everything typed, Strapi's messages and status, a challenge. Null on a
 * plain GET. The page is rendered on the server only (no JavaScript), so there is no client side.
 */
export function useRefusedForm(form: CitizenFormState['form']): CitizenFormState | null {
  const event = useRequestEvent();
  const state: CitizenFormState | undefined = event?.context.citizenForm;
  if (!event || !state || state.form !== form) return null;
  // The status Strapi answered (400, 404, 429), whatever the renderer would otherwise say.
  setResponseStatus(event, state.status);
  return state;
}

/** A fresh form token for this rendering of a form; the form still renders (and is refused) without one. */
export async function useFormToken(): Promise<string> {
  const { data } = await useFetch('/api/citizen-voice/form-token', { key: 'citizen-form-token' });
  return data.value?.token ?? '';
}
