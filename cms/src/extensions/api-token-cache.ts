/**
 * The content API token of a request, found without a query.
 *
 * Strapi's content-api-token strategy looks the bearer token up on every request: the token row
 * and its permission rows (the public site's token has about 50), three statements and some 200
 * dates converted. That was the largest single cost of a site search whose caches missed
 * (issue 18: about a third of Strapi's CPU per request). A token found is kept here; Strapi's
 * strategy still runs on every request and still checks the expiry of what it gets, so an
 * expired token is refused at once.
 *
 * Any change to the token tables, by any process (the admin's API token pages, `npm run
 * token:rotate` beside a running Strapi, the hourly lastUsedAt, SQL), forgets every cached token
 * at once: a statement trigger notifies the `api_tokens_changed` channel, which each Strapi
 * process listens to on a connection of its own. While that connection is not up (the start,
 * PostgreSQL restarting), nothing is cached: every request looks its token up as Strapi does.
 * Tokens not found are never kept: a new token works at once, and made-up tokens fill nothing.
 *
 * The strategy then builds the token's CASL ability from its list of actions, again on every
 * request (about a tenth of Strapi's CPU for a search). An ability depends only on that list and
 * on the content API's registered actions, which are fixed once Strapi has started: it is built
 * once per list (memoiseAbilities).
 */
import type { Core } from '@strapi/strapi';
import pg from 'pg';

const SERVICE_UID = 'admin::api-token-content-api';
const CHANNEL = 'api_tokens_changed';
/** Strapi's tables of content API tokens and their permissions (Strapi 5.54). */
const TABLES = ['strapi_api_tokens', 'strapi_api_token_permissions', 'strapi_api_token_permissions_token_lnk'];
/** More content API tokens than a deployment has; the oldest entry goes first beyond it. */
const MAX_TOKENS = 100;
/** A token is looked up again after this long even without a notification (a safety net). */
const MAX_AGE_MS = 60_000;
const RECONNECT_MS = 2000;

type GetByAccessKey = (accessKeyHash: string, options?: unknown) => Promise<unknown>;

export interface TokenCache {
  get: GetByAccessKey;
  /** Forgets every token; while `off`, nothing is kept (the change listener is down). */
  forget(): void;
  setEnabled(enabled: boolean): void;
}

export function createTokenCache(load: GetByAccessKey, now: () => number = Date.now): TokenCache {
  const tokens = new Map<string, { token: unknown; until: number }>();
  let enabled = false;
  // A lookup that started before a change must not store what it read: its answer may be older.
  let generation = 0;
  return {
    async get(accessKeyHash, options) {
      // Only the strategy's own call (no options) is served from here.
      if (options !== undefined || !enabled) return load(accessKeyHash, options);
      const cached = tokens.get(accessKeyHash);
      if (cached && cached.until > now()) return cached.token;
      const started = generation;
      const token = await load(accessKeyHash);
      tokens.delete(accessKeyHash);
      if (token === null || token === undefined || !enabled || started !== generation) return token;
      if (tokens.size >= MAX_TOKENS) tokens.delete(tokens.keys().next().value as string);
      tokens.set(accessKeyHash, { token, until: now() + MAX_AGE_MS });
      return token;
    },
    forget() {
      generation += 1;
      tokens.clear();
    },
    setEnabled(value) {
      generation += 1;
      tokens.clear();
      enabled = value;
    },
  };
}

/** The trigger that tells every Strapi process a token changed (idempotent: run at each start). */
async function installTrigger(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(`CREATE OR REPLACE FUNCTION commune_api_tokens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('${CHANNEL}', ''); RETURN NULL; END $$`);
  for (const table of TABLES) {
    await strapi.db.connection
      .raw(`CREATE OR REPLACE TRIGGER commune_api_tokens_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION commune_api_tokens_changed()`);
  }
}

/**
 * Listens to CHANNEL on its own connection, enabling the cache while it is up; reconnects after
 * RECONNECT_MS when it drops. Returns the function that stops it (Strapi's destroy).
 */
function listen(strapi: Core.Strapi, cache: TokenCache): () => Promise<void> {
  // The settings knex connects with (cms/config/database.ts). Knex keeps the password as a hidden
  // (non-enumerable) property, which a spread would drop: it is named here.
  const known = (strapi.db.connection.client as unknown as { connectionSettings: pg.ClientConfig }).connectionSettings;
  const settings: pg.ClientConfig = { ...known, password: known.password };
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  // One warning per outage, one line when it is over: PostgreSQL down must not flood the log.
  let down = false;
  const retry = (reason: string): void => {
    cache.setEnabled(false);
    if (!down)
      strapi.log.warn(`[api-token-cache] token change listener down (${reason}); tokens are looked up on every request until it is back`);
    down = true;
    if (!stopped && !timer) timer = setTimeout(() => void connect(), RECONNECT_MS);
  };
  const connect = async (): Promise<void> => {
    timer = null;
    const next = new pg.Client({ ...settings, application_name: 'strapi-token-listener' });
    next.on('error', (error) => {
      void next.end().catch(() => undefined);
      retry(error.message);
    });
    next.on('notification', () => cache.forget());
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      void next.end().catch(() => undefined);
      retry(error instanceof Error ? error.message : String(error));
      return;
    }
    if (stopped) {
      await next.end();
      return;
    }
    if (down) strapi.log.info('[api-token-cache] token change listener back');
    down = false;
    client = next;
    cache.setEnabled(true);
  };
  void connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    cache.setEnabled(false);
    await client?.end().catch(() => undefined);
  };
}

interface AbilityEngine {
  generateAbility(permissions: unknown[], options?: Record<string, unknown>): Promise<unknown>;
}

/** More distinct permission lists than a deployment's tokens have; the oldest goes first beyond it. */
const MAX_ABILITIES = 100;

/** The content API's ability for each list of permissions, built once (see the note at the top). */
export function memoiseAbilities(engine: AbilityEngine): void {
  const build = engine.generateAbility.bind(engine);
  const abilities = new Map<string, Promise<unknown>>();
  engine.generateAbility = (permissions, options) => {
    // Options change what is built (conditions, subjects): such calls are not shared.
    if (options !== undefined && Object.keys(options).length > 0) return build(permissions, options);
    const key = JSON.stringify(permissions);
    const known = abilities.get(key);
    if (known) return known;
    if (abilities.size >= MAX_ABILITIES) abilities.delete(abilities.keys().next().value as string);
    const ability = build(permissions);
    abilities.set(key, ability);
    ability.catch(() => abilities.delete(key));
    return ability;
  };
}

/** Wraps the content API token service's lookup (bootstrap: before any request). */
export async function registerApiTokenCache(strapi: Core.Strapi): Promise<() => Promise<void>> {
  let original: GetByAccessKey | null = null;
  const cache = createTokenCache((accessKeyHash, options) => {
    if (!original) throw new Error(`${SERVICE_UID} was not extended`);
    return original(accessKeyHash, options);
  });
  strapi.get('services').extend(SERVICE_UID, (service: Record<string, unknown>) => {
    const lookup = service.getByAccessKey;
    // Fail at start, not on the first request, if a Strapi upgrade renames what is wrapped here.
    if (typeof lookup !== 'function')
      throw new Error(`${SERVICE_UID}.getByAccessKey is not a function: the API token cache needs updating`);
    original = (accessKeyHash, options) => (lookup as GetByAccessKey).call(service, accessKeyHash, options);
    return { ...service, getByAccessKey: cache.get };
  });
  memoiseAbilities((strapi as unknown as { contentAPI: { permissions: { engine: AbilityEngine } } }).contentAPI.permissions.engine);
  await installTrigger(strapi);
  return listen(strapi, cache);
}
