import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { mediaStorageFromEnv, s3ClientOptions } from '../src/domain/media-storage';

/**
 * The upload provider: the local disk, or S3 through @strapi/provider-upload-aws-s3 (README
 * "Media storage (local or S3)"). Objects are private (no ACL sent): without S3_PUBLIC_URL they are
 * read only by the CMS, which serves them under /uploads/<key> after its ownership check.
 */
function uploadProvider(): Record<string, unknown> {
  const storage = mediaStorageFromEnv(process.env);
  if (storage.kind === 'local') return {};
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: storage.publicUrl ?? '/uploads',
      s3Options: {
        ...s3ClientOptions(storage),
        // ACL present but empty: the provider then sends no ACL header (buckets with ACLs disabled,
        // AWS's default since 2023, refuse one) instead of its default public-read.
        params: { Bucket: storage.bucket, ACL: null },
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // No end users: citizens only read, editors use the admin panel, and the public site's server
  // reads with its own API token (an admin-core strategy). Disabled, the plugin registers none of
  // its routes (register, login, users, roles, providers…) and no tables; an anonymous content-API
  // request is answered 401. See README, "Public site token".
  'users-permissions': { enabled: false },
  // Strapi registers plugins in this order and each appends its document-service middleware:
  // commune-tenancy stays first of ours so the tenancy guard runs before every other
  // (cms/src/domain/__tests__/plugin-order.test.ts, docs/ARCHITECTURE.md).
  'commune-tenancy': {
    enabled: true,
    // Resolved through the npm workspace; the plugin is built before Strapi starts.
    resolve: path.dirname(require.resolve('@commune/commune-tenancy/package.json')),
  },
  'editorial-board': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/editorial-board/package.json')),
    config: {
      // How often approved items due for publishing are published (0 turns scheduling off).
      scheduleIntervalMs: env.int('EDITORIAL_SCHEDULE_INTERVAL_MS', 30_000),
    },
  },
  // Admin accounts: sign-in throttling in PostgreSQL, account locks, the password policy (see
  // README, "Accounts and sign-in"). Strapi's own in-memory limiter is off (config/admin.ts).
  'account-security': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/account-security/package.json')),
    config: {
      account: {
        freeFailures: env.int('LOGIN_FREE_FAILURES', 3),
        baseDelaySeconds: env.int('LOGIN_DELAY_SECONDS', 2),
        maxDelaySeconds: env.int('LOGIN_MAX_DELAY_SECONDS', 300),
        lockAfter: env.int('ACCOUNT_LOCK_AFTER', 10),
        lockSeconds: env.int('ACCOUNT_LOCK_MINUTES', 30) * 60,
        windowSeconds: env.int('LOGIN_FAILURE_WINDOW_HOURS', 24) * 3600,
      },
      // Across all accounts: password spraying from one address. No delays, a block.
      address: {
        freeFailures: env.int('ADDRESS_FAILURE_LIMIT', 30) - 1,
        baseDelaySeconds: 0,
        maxDelaySeconds: 0,
        lockAfter: env.int('ADDRESS_FAILURE_LIMIT', 30),
        lockSeconds: env.int('ADDRESS_WINDOW_MINUTES', 15) * 60,
        windowSeconds: env.int('ADDRESS_WINDOW_MINUTES', 15) * 60,
      },
      // Sensitive actions (roles, accounts, API tokens, memberships, communes) need the password
      // confirmed, or a sign-in, within this many minutes on the same device.
      reauth: { windowSeconds: env.int('PASSWORD_CONFIRMATION_MINUTES', 10) * 60 },
    },
  },
  // Board notifications (editorial-board) and Strapi's own mail (password reset). Without
  // SMTP_HOST no notification is sent (a developer's machine); see README, "Notifications".
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', ''),
        port: env.int('SMTP_PORT', 587),
        // true for SMTPS (port 465); false uses STARTTLS when the server offers it.
        secure: env.bool('SMTP_SECURE', false),
        ...(env('SMTP_USER', '') !== '' ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD', '') } } : {}),
        // A slow or dead relay must not hold sockets open for minutes.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'Ban biên tập <no-reply@localhost>'),
        ...(env('EMAIL_REPLY_TO', '') !== '' ? { defaultReplyTo: env('EMAIL_REPLY_TO') } : {}),
      },
    },
  },
  // Two-step sign-in (TOTP) for admin accounts; see README, "Two-step sign-in".
  'two-factor': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/two-factor/package.json')),
  },
  // Search: PostgreSQL built in; Typesense when TYPESENSE_URL is set (or SEARCH_ENGINE=typesense).
  'portal-search': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/portal-search/package.json')),
  },
  // The visit counter (cookieless unique daily visitors per commune); see README, "Visit counter".
  'site-stats': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/site-stats/package.json')),
  },
  // Citizens talk back: questions, comments on drafts, page ratings (README, "Citizens' voice").
  'citizen-voice': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/citizen-voice/package.json')),
    config: {
      // How often the due-date reminders and the erasure of expired personal data run (0: never).
      jobIntervalMs: env.int('CITIZEN_VOICE_JOB_INTERVAL_MS', 15 * 60_000),
    },
  },
  // Province IT's overview and each commune's dashboard (README, "Province dashboard").
  'province-dashboard': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/province-dashboard/package.json')),
    config: {
      // How often each commune's scorecard of the day is recorded (0: only when someone looks).
      snapshotIntervalMs: env.int('DASHBOARD_SNAPSHOT_INTERVAL_MS', 3_600_000),
    },
  },
  // Purges the public sites' caches: a per-commune content version bumped by database triggers.
  'site-cache': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/site-cache/package.json')),
  },
  upload: {
    config: {
      ...uploadProvider(),
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 50 * 1024 * 1024),
      // The decision is ours, by content, before Strapi's own check (src/extensions/upload-safety.ts,
      // README "Uploads"); this deny list of active types is only a second line behind it.
      security: {
        deniedTypes: [
          'text/html',
          'application/xhtml+xml',
          'image/svg+xml',
          'text/xml',
          'application/xml',
          'text/javascript',
          'application/javascript',
          'application/x-msdownload',
          'application/x-msdos-program',
          'application/vnd.microsoft.portable-executable',
          'application/x-sh',
        ],
      },
    },
  },
  // The audit trail of every admin action and sign-in (README, "Audit trail and logs"); its
  // recorder is a server middleware (config/middlewares.ts).
  'audit-trail': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/audit-trail/package.json')),
    config: { retentionDays: env.int('AUDIT_RETENTION_DAYS', 730) },
  },
});

export default config;
