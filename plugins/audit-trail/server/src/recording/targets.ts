/**
 * What a request acted on, from the route's path parameters and the ids in the answer. Pure.
 *
 * Never from the request body's values: a body may carry a password, a code or a token. The only
 * body facts read are counts of id lists (a bulk delete of 3 files) and closed enumerations (the
 * board step), which the recorder extracts itself (`safeBodyFacts`).
 */
export interface Target {
  type: string | null;
  id: string | null;
  detail: string | null;
}

export interface TargetFacts {
  pluginName: string;
  handler: string;
  params: Record<string, string | undefined>;
  /** `POST /upload?id=…` names the file it replaces. */
  queryId: string | null;
  body: SafeBodyFacts;
  response: unknown;
}

/** The few facts of a request body the trail may keep. */
export interface SafeBodyFacts {
  /** The board step (`approve`, `publish`…), a closed set checked by the board. */
  boardStep: string | null;
  /** How many ids a bulk action named (documentIds, ids, fileIds + folderIds). */
  count: number | null;
  /** A commune named by documentId (memberships, invitations). */
  communeDocumentId: string | null;
  /** The e-mail a sign-in, a reset request or an invitation named. */
  email: string | null;
}

const record = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

const idText = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '' && value.length <= 64 && /^[A-Za-z0-9_-]+$/.test(value)) return value;
  return null;
};

const EMAIL = /^[^\s@]{1,128}@[^\s@]{1,126}$/;
const BOARD_STEP = /^[a-z][a-zA-Z_-]{1,30}$/;

/** Reads the safe facts out of a parsed request body; anything else in it is never looked at. */
export function safeBodyFacts(body: unknown): SafeBodyFacts {
  const fields = record(body) ?? {};
  const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
  const count = lengthOf(fields.documentIds) + lengthOf(fields.ids) + lengthOf(fields.fileIds) + lengthOf(fields.folderIds);
  const step = fields.action;
  const email = fields.email;
  const commune = fields.commune;
  return {
    boardStep: typeof step === 'string' && BOARD_STEP.test(step) ? step : null,
    count: count > 0 ? count : null,
    communeDocumentId: idText(commune) !== null && typeof commune === 'string' ? commune : null,
    email: typeof email === 'string' && EMAIL.test(email.trim()) ? email.trim().toLowerCase() : null,
  };
}

/**
 * The id of what an answer created: `{ data: { id, documentId } }`, `[{ id }]`, `{ id }`. Content
 * entries are addressed by documentId (the content manager's URLs), everything else by id.
 */
export function createdId(response: unknown, prefer: 'id' | 'documentId' = 'id'): { id: string | null; count: number } {
  if (Array.isArray(response)) return { id: idText(record(response[0])?.id), count: response.length };
  const body = record(response);
  const data = record(body?.data);
  const user = record(data?.user);
  const member = record(data?.member);
  const commune = record(data?.commune); // "Thêm xã, phường" answers with the new commune
  const ofData = prefer === 'documentId' ? (idText(data?.documentId) ?? idText(data?.id)) : (idText(data?.id) ?? idText(data?.documentId));
  return { id: ofData ?? idText(user?.id) ?? idText(member?.id) ?? idText(commune?.documentId) ?? idText(body?.id), count: 1 };
}

const TYPE_BY_CONTROLLER: Record<string, string> = {
  'admin::user': 'admin-user',
  'admin::authenticated-user': 'admin-user',
  'admin::authentication': 'admin-user',
  'admin::role': 'admin-role',
  'admin::api-token': 'api-token',
  'admin::admin-token': 'admin-token',
  'admin::transfer': 'transfer-token',
  'admin::webhooks': 'webhook',
  'upload::admin-upload': 'upload-file',
  'upload::admin-file': 'upload-file',
  'upload::admin-folder': 'upload-folder',
  'upload::admin-folder-file': 'upload-file',
  'commune-tenancy::commune-admin': 'commune',
  'commune-tenancy::membership': 'membership',
  'commune-tenancy::invitation': 'membership',
  'i18n::locales': 'locale',
  'two-factor::challenge': 'admin-user',
  'two-factor::me': 'admin-user',
  'two-factor::province': 'admin-user',
  'account-security::locks': 'admin-user',
  'citizen-voice::inbox': 'citizen-question',
};

export function targetOf(facts: TargetFacts): Target {
  const { params, body } = facts;
  const controller = `${facts.pluginName}::${facts.handler.slice(0, facts.handler.lastIndexOf('.'))}`;
  const created = createdId(facts.response, facts.pluginName === 'content-manager' ? 'documentId' : 'id');
  const many = (noun: string): string | null => (body.count !== null ? `${body.count} ${noun}` : null);

  if (facts.pluginName === 'content-manager') {
    const id =
      params.id ?? (facts.handler.includes('clone') ? created.id : null) ?? (facts.handler.endsWith('.create') ? created.id : null);
    const detail = params.sourceId ? `nhân bản từ ${params.sourceId}` : many('mục');
    return { type: params.model ?? params.uid ?? null, id: id ?? null, detail };
  }
  if (facts.pluginName === 'editorial-board') {
    return { type: params.uid ?? null, id: params.documentId ?? null, detail: body.boardStep };
  }
  const type = TYPE_BY_CONTROLLER[controller] ?? facts.pluginName;
  const pathId = params.id ?? params.documentId ?? params.sessionId ?? params.code ?? facts.queryId ?? null;
  if (facts.pluginName === 'upload') {
    const detail = many('tệp, thư mục') ?? (created.count > 1 ? `${created.count} tệp` : null);
    return { type, id: pathId ?? created.id, detail };
  }
  return { type, id: pathId ?? created.id, detail: many('mục') };
}
