/**
 * Adding a commune from the settings page. What a new commune contains (categories, the
 * introduction pages, the site settings, the board's accounts) is the application's, shared
 * with the command line (cms/scripts/provision); the application hands its provisioner over at
 * register with `use()`. This service checks the request's shape and turns the outcome into
 * the route's answer.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PROVISION_SLOTS, type AddCommuneRequest, type AddCommuneResult, type ProvisionSlot } from '../../../shared';
import { getService } from '../utils/get-service';

export type ProvisionerOutcome =
  | { ok: true; result: Omit<AddCommuneResult['data'], 'commune'> & { communeDocumentId: string } }
  | { ok: false; status: 400 | 409; reasons: string[] };

export type CommuneProvisioner = (request: AddCommuneRequest) => Promise<ProvisionerOutcome>;

/** A refusal with its reasons, each in Vietnamese, for the form to list; nothing was written. */
export class ProvisionRefused extends Error {
  constructor(
    readonly status: 400 | 409,
    readonly reasons: string[],
  ) {
    super(`Chưa thêm xã, phường: ${reasons.join('; ')}.`);
    this.name = status === 409 ? 'ConflictError' : 'ValidationError';
  }
}

/** Longest value a field may carry; the real limits (120 characters for a name…) are the provisioner's. */
const MAX_FIELD = 1000;
const TEXT_FIELDS = ['name', 'code', 'domain', 'province', 'aliases', 'shortName', 'slug'] as const;

const notValid = (): errors.ValidationError => new errors.ValidationError('Dữ liệu gửi lên không hợp lệ: mỗi ô là một đoạn chữ.');

function optionalText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > MAX_FIELD) throw notValid();
  return value;
}

/** The body as an `AddCommuneRequest`: strings only, known board places only. */
export function parseAddCommuneRequest(body: unknown): AddCommuneRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw notValid();
  const input = body as Record<string, unknown>;
  const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, optionalText(input[field])])) as Record<
    (typeof TEXT_FIELDS)[number],
    string | undefined
  >;
  const emails: Partial<Record<ProvisionSlot, string>> = {};
  if (input.emails !== undefined && input.emails !== null) {
    if (typeof input.emails !== 'object' || Array.isArray(input.emails)) throw notValid();
    for (const [slot, value] of Object.entries(input.emails as Record<string, unknown>)) {
      if (!(PROVISION_SLOTS as readonly string[]).includes(slot)) throw notValid();
      const email = optionalText(value);
      if (email !== undefined) emails[slot as ProvisionSlot] = email;
    }
  }
  return { ...text, name: text.name ?? '', code: text.code ?? '', domain: text.domain ?? '', emails };
}

const provisioning = ({ strapi }: { strapi: Core.Strapi }) => {
  let provisioner: CommuneProvisioner | null = null;
  return {
    use(next: CommuneProvisioner): void {
      provisioner = next;
    },

    /** Provisions the commune in one transaction, or throws `ProvisionRefused` having written nothing. */
    async add(body: unknown): Promise<AddCommuneResult['data']> {
      const request = parseAddCommuneRequest(body);
      if (!provisioner)
        throw new errors.NotImplementedError('Adding a commune is not available: the application registered no provisioner.');
      const outcome = await provisioner(request);
      if (!outcome.ok) throw new ProvisionRefused(outcome.status, outcome.reasons);
      const { communeDocumentId, ...rest } = outcome.result;
      const commune = await getService(strapi, 'communes').findForAdmin(communeDocumentId);
      if (!commune) throw new Error(`commune ${communeDocumentId} was provisioned but cannot be read back`);
      return { commune, ...rest };
    },
  };
};

export default provisioning;
export type ProvisioningService = ReturnType<typeof provisioning>;
