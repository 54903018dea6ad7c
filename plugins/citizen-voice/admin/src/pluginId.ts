export const PLUGIN_ID = 'citizen-voice';
