/**
 * HTTP helpers that call Strapi exactly as its real clients do: the admin panel (admin JWT on
 * /admin and /content-manager routes) and the public site (API token on /api).
 */
import { adminLogin } from './admin-login';

export interface JsonResponse<Body = unknown> {
  status: number;
  body: Body;
  headers?: Headers;
}

export interface StrapiErrorBody {
  error?: { status: number; name: string; message: string; details?: unknown };
}

async function request<Body>(url: string, init: RequestInit): Promise<JsonResponse<Body>> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60000) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as Body, headers: response.headers };
}

const jsonInit = (method: string, token: string | undefined, body: unknown): RequestInit => ({
  method,
  headers: {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
  },
  body: body !== undefined ? JSON.stringify(body) : undefined,
});

/** A logged-in admin panel user. */
export class AdminClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  /** Signs in as the admin panel does, second step included (tests/support/admin-login.ts). */
  static async login(baseUrl: string, email: string, password: string): Promise<AdminClient> {
    return new AdminClient(baseUrl, await adminLogin(baseUrl, email, password));
  }

  call<Body = unknown>(method: string, path: string, body?: unknown): Promise<JsonResponse<Body>> {
    return request<Body>(`${this.baseUrl}${path}`, jsonInit(method, this.token, body));
  }

  /** Content manager: create a document of a collection type (as the admin panel's Save does). */
  create<Body = { data: Record<string, unknown> & { documentId: string } }>(
    uid: string,
    data: Record<string, unknown>,
  ): Promise<JsonResponse<Body & StrapiErrorBody>> {
    return this.call('POST', `/content-manager/collection-types/${uid}`, data);
  }

  update<Body = { data: Record<string, unknown> & { documentId: string } }>(
    uid: string,
    documentId: string,
    data: Record<string, unknown>,
  ): Promise<JsonResponse<Body & StrapiErrorBody>> {
    return this.call('PUT', `/content-manager/collection-types/${uid}/${documentId}`, data);
  }

  publish(
    uid: string,
    documentId: string,
    data: Record<string, unknown> = {},
  ): Promise<JsonResponse<StrapiErrorBody & { data?: Record<string, unknown> }>> {
    return this.call('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish`, data);
  }

  list(uid: string, query = ''): Promise<JsonResponse<{ results: Array<Record<string, unknown>>; pagination: { total: number } }>> {
    return this.call('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=100${query}`);
  }

  /** Media library upload (multipart), returning the created files. */
  async upload(
    fileName: string,
    mime: string,
    content: Uint8Array<ArrayBuffer> | string,
  ): Promise<Array<{ id: number; url: string; name: string }>> {
    const form = new FormData();
    form.append('files', new Blob([content], { type: mime }), fileName);
    const response = await request<Array<{ id: number; url: string; name: string }>>(`${this.baseUrl}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    if (response.status !== 201 && response.status !== 200)
      throw new Error(`Upload failed with HTTP ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** Creates an API token with the given type or permissions and returns its secret. */
  async createApiToken(name: string, type: 'read-only' | 'full-access' | 'custom', permissions: string[] = []): Promise<string> {
    const response = await this.call<{ data?: { accessKey: string } }>('POST', '/admin/api-tokens', {
      name,
      type,
      permissions,
      lifespan: null,
      description: 'test',
    });
    const key = response.body.data?.accessKey;
    if (!key) throw new Error(`API token creation failed with HTTP ${response.status}: ${JSON.stringify(response.body)}`);
    return key;
  }

  /** Creates an admin user with the given roles and activates it with a password. */
  async createUser(user: { email: string; firstname: string; lastname: string; password: string; roleIds: number[] }): Promise<number> {
    const created = await this.call<{ data?: { id: number; registrationToken: string } }>('POST', '/admin/users', {
      email: user.email,
      firstname: user.firstname,
      lastname: user.lastname,
      roles: user.roleIds,
    });
    const data = created.body.data;
    if (!data) throw new Error(`User creation failed with HTTP ${created.status}: ${JSON.stringify(created.body)}`);
    const registered = await request(
      `${this.baseUrl}/admin/register`,
      jsonInit('POST', undefined, {
        registrationToken: data.registrationToken,
        userInfo: { firstname: user.firstname, lastname: user.lastname, password: user.password },
      }),
    );
    if (registered.status !== 200)
      throw new Error(`Registration of ${user.email} failed with HTTP ${registered.status}: ${JSON.stringify(registered.body)}`);
    return data.id;
  }

  async roleIdByCode(code: string): Promise<number> {
    const roles = await this.call<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles');
    const role = roles.body.data.find((entry) => entry.code === code);
    if (!role) throw new Error(`No admin role ${code}`);
    return role.id;
  }
}

/**
 * A caller of the public content API (/api), optionally with an API token and the commune the
 * public site's server names in its `x-commune` header.
 */
export class ContentClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    readonly commune?: string,
  ) {}

  /** The same caller speaking for another commune (or for none). */
  as(commune: string | undefined): ContentClient {
    return new ContentClient(this.baseUrl, this.token, commune);
  }

  private init(method: string, body: unknown): RequestInit {
    const init = jsonInit(method, this.token, body);
    if (this.commune) init.headers = { ...(init.headers as Record<string, string>), 'x-commune': this.commune };
    return init;
  }

  get<Body = unknown>(path: string): Promise<JsonResponse<Body & StrapiErrorBody>> {
    return request(`${this.baseUrl}/api${path}`, this.init('GET', undefined));
  }

  send<Body = unknown>(method: string, path: string, body: unknown): Promise<JsonResponse<Body & StrapiErrorBody>> {
    return request(`${this.baseUrl}/api${path}`, this.init(method, body));
  }
}
