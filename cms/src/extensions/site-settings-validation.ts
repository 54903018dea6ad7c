/**
 * Checks the site settings' outside addresses (domain/site-links.ts) on every write path — admin
 * panel, REST API, scripts — as a document service middleware, before anything is written. A
 * refused write throws a ValidationError with a Vietnamese message and writes nothing.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_EMC_HOSTS, hostListProblem, parseHostList, siteLinkProblems } from '../domain/site-links';
import { loadWriteContext } from './write-context';

const SETTINGS_UID = 'api::site-setting.site-setting';

export function registerSiteSettingsValidation(strapi: Core.Strapi): void {
  const listed = parseHostList(process.env['EMC_ALLOWED_HOSTS']);
  const problem = hostListProblem('EMC_ALLOWED_HOSTS', listed);
  // Fail closed: a list that cannot be read stops the start rather than allowing anything.
  if (problem) throw new Error(problem);
  const emcHosts = listed.length > 0 ? listed : DEFAULT_EMC_HOSTS;
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== SETTINGS_UID) return next();
    const write = await loadWriteContext(strapi, context);
    if (!write) return next();
    const problems = siteLinkProblems(write.merged, emcHosts);
    const first = problems[0];
    if (first) {
      throw new errors.ValidationError(first.message, {
        errors: problems.map((item) => ({ path: [item.path], message: item.message, name: 'ValidationError' })),
      });
    }
    return next();
  };
  strapi.documents.use(middleware);
}
