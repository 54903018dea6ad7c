/**
 * Whether an item's draft could be published as it stands, judged by Strapi's own validator with
 * the options Strapi's publish uses (`isDraft: false`): drafts may lack required fields, the
 * published version may not. The board asks before an item reaches the board (submit, send,
 * receive) and before the head approves or publishes it, so a publish never fails half-way
 * through an approval; the answer names each field in the editor's words.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { deepPopulate, type GetModel, type ModelLike } from '../workflow/content';
import { explainProblems, type FieldModel, type LabelSource, type ValidationProblem } from '../workflow/publication-problems';
import type { StoreService, Target } from './store';

interface EntityValidator {
  validateEntityCreation(
    model: unknown,
    data: Record<string, unknown>,
    options: { isDraft: boolean; locale?: string | null },
  ): Promise<unknown>;
}

interface ViewConfiguration {
  metadatas?: Record<string, { edit?: { label?: string } }>;
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<ViewConfiguration>;
}

interface ValidationDetails {
  errors?: Array<{ path?: unknown; message?: unknown; value?: unknown }>;
}

/**
 * Publishing failed for a reason that is not the content (the database, the disk): the transition
 * was rolled back, so nothing changed and the head may simply try again (HTTP 503).
 */
export class PublishFailedError extends errors.ApplicationError {
  constructor() {
    super(
      'Chưa đăng được nội dung do lỗi của hệ thống, chưa có gì thay đổi (việc duyệt chưa được ghi nhận). Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.',
      { code: 'publish-failed' },
    );
  }
}

/** Strapi's ValidationError (by class, or by name should two copies of @strapi/utils be loaded). */
export function isValidationError(error: unknown): error is errors.ValidationError {
  return error instanceof errors.ValidationError || (error instanceof Error && error.name === 'ValidationError' && 'details' in error);
}

/** The problems of a Strapi ValidationError, with the paths as arrays of names. */
export function problemsOf(error: errors.ValidationError): ValidationProblem[] {
  const listed = (error.details as ValidationDetails | undefined)?.errors ?? [];
  const problems = listed.map((entry) => ({
    path: Array.isArray(entry.path)
      ? entry.path.map(String)
      : typeof entry.path === 'string' && entry.path !== ''
        ? entry.path.split('.')
        : [],
    message: String(entry.message ?? ''),
    value: entry.value,
  }));
  return problems.length > 0 ? problems : [{ path: [], message: error.message }];
}

const publication = ({ strapi }: { strapi: Core.Strapi }) => {
  const getModel: GetModel = (uid) => strapi.getModel(uid as UID.Schema) as unknown as ModelLike | undefined;
  const store = (): StoreService => strapi.plugin('editorial-board').service('store') as StoreService;

  /** Labels as the edit screen shows them (content manager view configuration), read per check. */
  async function labelSource(rootUid: string, problems: readonly ValidationProblem[]): Promise<LabelSource> {
    const contentManager = strapi.plugin('content-manager');
    const labels = new Map<string, Record<string, string>>();
    const load = async (uid: string): Promise<void> => {
      if (labels.has(uid)) return;
      const service = (
        uid === rootUid ? contentManager.service('content-types') : contentManager.service('components')
      ) as ConfigurationService;
      try {
        const configuration = await service.findConfiguration({ uid });
        labels.set(
          uid,
          Object.fromEntries(
            Object.entries(configuration.metadatas ?? {}).flatMap(([field, meta]) => (meta.edit?.label ? [[field, meta.edit.label]] : [])),
          ),
        );
      } catch {
        labels.set(uid, {}); // no configuration: the field name is said instead
      }
    };
    // The models a problem's path walks through: the item and the components on the way.
    await load(rootUid);
    for (const problem of problems) {
      let uid: string | undefined = rootUid;
      for (const segment of problem.path) {
        if (!uid || /^\d+$/.test(segment)) continue;
        const attribute: FieldModel['attributes'][string] | undefined = (getModel(uid) as FieldModel | undefined)?.attributes[segment];
        uid = attribute?.type === 'component' ? attribute.component : undefined;
        if (uid) await load(uid);
      }
    }
    return {
      model: (uid) => getModel(uid) as FieldModel | undefined,
      label: (uid, field) => labels.get(uid)?.[field],
    };
  }

  /** The editor's message for a publish validation failure of `uid`. */
  async function explain(uid: string, error: errors.ValidationError): Promise<string> {
    const problems = problemsOf(error);
    return explainProblems(uid, problems, await labelSource(uid, problems));
  }

  return {
    explain,

    /**
     * Refuses (400, Vietnamese, naming the fields) when the draft could not be published. The
     * draft is read as Strapi's publish reads it (components and media populated) and given to
     * the entity validator as a new published version, which is what publish creates.
     */
    async assertPublishable(target: Target): Promise<void> {
      const model = strapi.getModel(target.uid as UID.ContentType);
      const row = (await strapi.db.query(target.uid as UID.Schema).findOne({
        where: store().lookup(target, 'draft'),
        populate: deepPopulate(model as unknown as ModelLike, getModel),
      })) as (Record<string, unknown> & { id?: number; locale?: string | null }) | null;
      if (!row) return; // nothing to publish: the transition itself answers
      const { id: _id, ...data } = row;
      const validator = strapi.entityValidator as unknown as EntityValidator;
      try {
        await validator.validateEntityCreation(model, { ...data, publishedAt: new Date() }, { isDraft: false, locale: row.locale ?? null });
      } catch (error) {
        if (!isValidationError(error)) throw error;
        throw new errors.ValidationError(await explain(target.uid, error), {
          problems: problemsOf(error).map((problem) => problem.path.join('.')),
        });
      }
    },
  };
};

export default publication;
export type PublicationService = ReturnType<typeof publication>;
