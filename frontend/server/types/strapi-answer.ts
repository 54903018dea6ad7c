/**
 * Helpers that narrow the generated Strapi answers (strapi-answers.generated.ts) to what one query
 * selects: the mappers' row types are derived from the schemas, never copied from them, so a
 * renamed, removed or retyped attribute is a type error where the site reads it.
 *
 * `Pick<ArticleAnswer, 'summary' | 'kind'>` is the plain case: a selected field may still be
 * absent or null. The two helpers cover what Pick cannot say.
 */

/** The element of a to-many field, or the field itself when it is to-one (distributive: K may name both kinds). */
type Each<V> = V extends readonly (infer E)[] ? E : V;
type Item<V> = Each<NonNullable<V>>;

/**
 * Fields the site takes as always there, as its hand-written rows did: required in the schema
 * and filled on every published entry (titles, names, slugs the CMS writes).
 */
export type Present<T, K extends keyof T> = { [P in K]-?: NonNullable<T[P]> };

/**
 * Relation, component or media fields as a nested `populate` with its own `fields` answers them:
 * the schema's to-one or to-many shape, each item narrowed to `S` (itself derived from the related
 * answer). `S` may only name fields the related type has.
 */
export type Populated<T, K extends keyof T, S extends { [F in keyof S]?: F extends keyof Item<T[K]> ? unknown : never }> = {
  [P in K]?: NonNullable<T[P]> extends readonly unknown[] ? S[] | null : S | null;
};
