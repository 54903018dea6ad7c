-- Two-step sign-in (plugins/two-factor). Plain tables rather than Strapi content types: every
-- rule that makes a code single-use is one conditional UPDATE here, so it holds across several
-- CMS processes, and nothing in the content manager can list or edit a secret.

-- An admin user's enrolled factor: the TOTP secret, encrypted (AES-256-GCM, key derived from
-- ENCRYPTION_KEY), and the last time step accepted, so a code can never be used twice.
CREATE TABLE IF NOT EXISTS two_factor_factors (
  user_id integer PRIMARY KEY,
  secret_encrypted text NOT NULL,
  last_step bigint NOT NULL DEFAULT 0,
  enrolled_at timestamptz NOT NULL DEFAULT now()
);

-- Ten recovery codes per user, stored as keyed hashes; used_at set once, atomically.
CREATE TABLE IF NOT EXISTS two_factor_recovery_codes (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  code_hash text NOT NULL,
  used_at timestamptz
);
CREATE INDEX IF NOT EXISTS two_factor_recovery_codes_user ON two_factor_recovery_codes (user_id);

-- What POST /admin/login answers instead of a session: a random token (only its hash is kept),
-- short-lived, single-use, with a bounded number of wrong codes. `pending_secret_encrypted` is
-- the secret offered during an enrolment that is not confirmed yet.
CREATE TABLE IF NOT EXISTS two_factor_challenges (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('verify', 'enrol')),
  remember_me boolean NOT NULL DEFAULT false,
  device_id text,
  pending_secret_encrypted text,
  attempts integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX IF NOT EXISTS two_factor_challenges_expiry ON two_factor_challenges (expires_at);

-- Platform settings province IT changes (one row).
CREATE TABLE IF NOT EXISTS two_factor_settings (
  id integer PRIMARY KEY CHECK (id = 1),
  require_all boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO two_factor_settings (id) VALUES (1) ON CONFLICT DO NOTHING;
