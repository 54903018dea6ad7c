import type { CitizenVoiceSettings } from '#citizen-voice';
import { unwrapData } from '../../utils/citizen-voice-content';

/** The commune's due time for answers and retention period: what the privacy notice and the form say. */
export default defineCommuneCachedHandler(
  'citizen-voice-settings',
  async (event): Promise<CitizenVoiceSettings> =>
    unwrapData(await strapiGet<CitizenVoiceSettings | { data: CitizenVoiceSettings }>(event, '/api/citizen-voice/settings')),
);
