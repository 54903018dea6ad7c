/**
 * The plugin's content types, one spelling for every plugin, the CMS and the scripts (Strapi's
 * UIDs). No imports: scripts run it with Node's own TypeScript support.
 */

/** The commune. */
export const COMMUNE_UID = 'plugin::commune-tenancy.commune';
/** Who works in which commune, with which board role. */
export const MEMBERSHIP_UID = 'plugin::commune-tenancy.membership';
