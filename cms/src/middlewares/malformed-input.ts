import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Bad input is a 400, never a 500. A few Strapi routes crash on a malformed body instead of
 * refusing it: the home page layout (its Zod schema error escapes as a 500), the permission check
 * (which maps over a `permissions` field it never checked) and the i18n "non-localised fields"
 * lookup (which sends a non-numeric `id` straight to an integer column). Zod errors from any
 * route are answered as validation errors; the other two bodies are checked before they run.
 */
interface ZodLikeError {
  name: string;
  issues: Array<{ path: Array<string | number>; message: string }>;
}

const isZodError = (error: unknown): error is ZodLikeError =>
  error instanceof Error && error.name === 'ZodError' && Array.isArray((error as unknown as ZodLikeError).issues);

const malformedInput: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    if (ctx.method === 'POST') {
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      if (ctx.path === '/admin/permissions/check' && !Array.isArray(body.permissions))
        throw new errors.ValidationError('permissions must be an array');
      if (
        ctx.path === '/i18n/content-manager/actions/get-non-localized-fields' &&
        body.id !== undefined &&
        !Number.isInteger(Number(body.id))
      ) {
        throw new errors.ValidationError('id must be an entry id (an integer)');
      }
    }
    try {
      await next();
    } catch (error) {
      if (!isZodError(error)) throw error;
      throw new errors.ValidationError('Invalid request', {
        errors: error.issues.map((issue) => ({ path: issue.path, message: issue.message, name: 'ValidationError' })),
      });
    }
  };
};

export default malformedInput;
