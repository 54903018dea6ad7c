/**
 * Which content types belong to a commune. A type opts in with
 * `pluginOptions: { "commune-tenancy": { scoped: true } }` and must then have a `commune`
 * relation; a type that belongs to no commune says `{ global: true }`. A unit test fails
 * when a type says neither, so a new type cannot forget.
 */
import type { Core } from '@strapi/strapi';

interface TenancyOptions {
  scoped?: boolean;
  global?: boolean;
}

interface SchemaLike {
  pluginOptions?: Record<string, unknown>;
}

export function tenancyOptions(schema: SchemaLike | undefined): TenancyOptions {
  const options = schema?.pluginOptions?.['commune-tenancy'];
  return options && typeof options === 'object' ? (options as TenancyOptions) : {};
}

export const isScoped = (schema: SchemaLike | undefined): boolean => tenancyOptions(schema).scoped === true;

export function isScopedUid(strapi: Core.Strapi, uid: string): boolean {
  return isScoped(strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as SchemaLike | undefined);
}

/** Content types whose tenancy is undeclared (neither scoped nor global): a configuration error. */
export function undeclaredTypes(types: Record<string, SchemaLike & { attributes?: Record<string, unknown> }>): string[] {
  return Object.entries(types)
    .filter(([, schema]) => {
      const options = tenancyOptions(schema);
      return options.scoped !== true && options.global !== true;
    })
    .map(([uid]) => uid)
    .sort();
}
