/**
 * A value the Strapi schema forbids, as a broken or newer CMS could send: an unknown enumeration
 * value, a null item in a list. The mappers' tests feed these on purpose, to prove the site reads
 * them safely; this names them as such where the type would refuse them.
 */
export const fromCms = <T>(value: unknown): T => value as T;
