/**
 * Creating and replacing the public site's API token. A rotation, in one transaction:
 *
 * 1. the current token is renamed "… – đã thay lúc <time>" and keeps working until the grace
 *    period ends (never longer than it would have), so that site processes still holding it keep
 *    serving until they are restarted with the new one; with no grace it is deleted at once;
 * 2. a new token with the same name and permissions is created, expiring after the lifespan;
 * 3. the caller's `beforeCommit` stores the new secret (a failure there rolls everything back,
 *    so a secret is never created without being kept);
 * 4. replaced tokens whose grace has ended are deleted.
 *
 * A transaction-scoped advisory lock makes two rotations at once (two operators, a seed and a
 * rotation) run one after the other, so there is never more than one current token.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { deleteContentApiToken, findContentApiTokens } from '../bootstrap/api-token-rows';
import {
  deleteEndedRetiredTokens,
  PUBLIC_TOKEN_DESCRIPTION,
  PUBLIC_TOKEN_NAME,
  PUBLIC_TOKEN_PERMISSIONS,
  retiredPublicTokenName,
} from '../bootstrap/public-token';
import { retiredExpiry } from '../domain/token-lifetime';

/** pg_advisory_xact_lock key of public token rotations (any constant unique to this purpose). */
const ROTATION_LOCK = 4_201_202_612;

interface StoredToken {
  id: number;
  expiresAt?: string | null;
  createdAt?: string;
}

export interface ContentApiTokenService {
  getByName(name: string): Promise<StoredToken | null>;
  getByAccessKey(hash: string): Promise<StoredToken | null>;
  hash(secret: string): string;
}

export const tokenService = (strapi: Core.Strapi): ContentApiTokenService =>
  strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService;

export interface RotationOptions {
  /** How long the replaced token keeps working; 0 deletes it at once. */
  graceMs: number;
  /** The new token's life. */
  lifespanMs: number;
  now?: Date;
  /** Stores the new secret inside the transaction (write a temporary file, say). */
  beforeCommit?: (secret: string) => Promise<void>;
}

export interface RotationResult {
  action: 'created' | 'rotated';
  secret: string;
  expiresAt: Date;
  /** The replaced token: until when it works (null when deleted at once). */
  previous: { id: number; worksUntil: Date | null } | null;
  /** Replaced tokens deleted because their grace had ended. */
  endedDeleted: number;
}

/**
 * The row Strapi's token service would create (services/api-token.ts create(): the secret is 128
 * random bytes in hex, stored as its salted hash and encrypted with ENCRYPTION_KEY so that province
 * IT can show it again in the admin panel). Written directly because the service accepts only the
 * admin panel's lifespans (7, 30, 90 days, unlimited) and loads relations concurrently, which the
 * one connection of a transaction cannot do (pg warns).
 */
function newTokenRow(strapi: Core.Strapi, secret: string, lifespanMs: number, expiresAt: Date): Record<string, unknown> {
  const encryption = strapi.service('admin::encryption') as unknown as { encrypt(value: string): string | null };
  return {
    name: PUBLIC_TOKEN_NAME,
    description: PUBLIC_TOKEN_DESCRIPTION,
    kind: 'content-api',
    type: 'custom',
    accessKey: tokenService(strapi).hash(secret),
    encryptedKey: encryption.encrypt(secret),
    lifespan: lifespanMs,
    expiresAt,
  };
}

export async function rotatePublicToken(strapi: Core.Strapi, options: RotationOptions): Promise<RotationResult> {
  const now = options.now ?? new Date();
  return strapi.db.transaction(async ({ trx }): Promise<RotationResult> => {
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [ROTATION_LOCK]);
    const [current] = await findContentApiTokens(strapi, { name: PUBLIC_TOKEN_NAME });
    let previous: RotationResult['previous'] = null;
    if (current) {
      if (options.graceMs === 0) {
        await deleteContentApiToken(strapi, current.id);
        previous = { id: current.id, worksUntil: null };
      } else {
        const worksUntil = retiredExpiry(current.expiresAt ? new Date(current.expiresAt) : null, options.graceMs, now);
        const createdAt = current.createdAt ? new Date(current.createdAt).getTime() : now.getTime();
        await strapi.db.query('admin::api-token').update({
          where: { id: current.id },
          // The admin panel shows createdAt + lifespan as the expiry date: keep it truthful.
          data: { name: retiredPublicTokenName(now), expiresAt: worksUntil, lifespan: Math.max(1, worksUntil.getTime() - createdAt) },
        });
        previous = { id: current.id, worksUntil };
      }
    }
    const secret = randomBytes(128).toString('hex');
    const expiresAt = new Date(now.getTime() + options.lifespanMs);
    const created = (await strapi.db
      .query('admin::api-token')
      .create({ select: ['id'], data: newTokenRow(strapi, secret, options.lifespanMs, expiresAt) })) as { id: number };
    // One at a time: a transaction has one connection, which cannot run queries concurrently.
    for (const action of PUBLIC_TOKEN_PERMISSIONS)
      await strapi.db.query('admin::api-token-permission').create({ data: { action, token: created.id } });
    await options.beforeCommit?.(secret);
    const endedDeleted = await deleteEndedRetiredTokens(strapi, now);
    return { action: current ? 'rotated' : 'created', secret, expiresAt, previous, endedDeleted };
  });
}

/** True when `secret` is the current public token's (a token file may be stale or from another database). */
export async function isCurrentPublicSecret(strapi: Core.Strapi, secret: string): Promise<boolean> {
  const service = tokenService(strapi);
  const [current, bySecret] = await Promise.all([service.getByName(PUBLIC_TOKEN_NAME), service.getByAccessKey(service.hash(secret))]);
  return current !== null && bySecret !== null && current.id === bySecret.id;
}
