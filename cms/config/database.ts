import type { Core } from '@strapi/strapi';

/**
 * PostgreSQL only: the embedded server (started by database/) or an external one. Both are
 * given as DATABASE_URL; the launcher always sets it, so Strapi never guesses a connection.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const url = new URL(env('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/commune_portal'));
  const ssl = env.bool('DATABASE_SSL', false);
  return {
    connection: {
      client: 'postgres',
      connection: {
        host: url.hostname,
        port: Number(url.port || 5432),
        database: decodeURIComponent(url.pathname.replace(/^\//, '')),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        ssl: ssl ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      // Recovering from a PostgreSQL restart without a human (README "Keeping the sites up"):
      // connections the server closed are dropped by knex when they error, idle ones are closed
      // after 30 s, and a new connection that cannot be made in 5 s fails (and is tried again on
      // the next request) instead of holding the request. A request waits at most
      // DATABASE_CONNECTION_TIMEOUT (15 s) for a connection, not a minute: while PostgreSQL is
      // down, answers are quick 500s/503s and /_ready says so.
      pool: {
        min: env.int('DATABASE_POOL_MIN', 0),
        max: env.int('DATABASE_POOL_MAX', 10),
        idleTimeoutMillis: 30_000,
        createTimeoutMillis: 5000,
        createRetryIntervalMillis: 500,
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 15000),
    },
  };
};

export default config;
