import type { FormToken } from '#citizen-voice';
import { unwrapData } from '../../utils/citizen-voice-content';

/**
 * A fresh form token for the page being rendered (the minimum fill time counts from it). Never
 * cached, here or by anyone in between: each form carries its own.
 */
export default defineEventHandler(async (event): Promise<FormToken> => {
  await requireCommune(event);
  setResponseHeader(event, 'cache-control', 'no-store');
  return unwrapData(await strapiGet<FormToken | { data: FormToken }>(event, '/api/citizen-voice/form-token'));
});
