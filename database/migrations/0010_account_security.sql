-- Sign-in throttling of the admin panel (plugins/account-security). One row per counted subject:
-- an account (its normalised e-mail, whether or not such an account exists, so that throttling
-- reveals nothing about which accounts exist) or a client address. In PostgreSQL, not in a
-- process's memory: every CMS process counts into, and refuses from, the same rows.

CREATE TABLE IF NOT EXISTS account_security_counters (
  scope text NOT NULL CHECK (scope IN ('account', 'address')),
  subject text NOT NULL,
  -- Failed attempts of the current run (an attempt counts as failed until proven right).
  failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  window_started_at timestamptz NOT NULL DEFAULT now(),
  -- Until when attempts are refused: a growing delay, or a lock when locked_at is set.
  blocked_until timestamptz,
  locked_at timestamptz,
  PRIMARY KEY (scope, subject)
);

-- Province IT's list of locked accounts, and the clean-up of rows nobody needs any more.
CREATE INDEX IF NOT EXISTS account_security_counters_blocked ON account_security_counters (blocked_until);

-- A fresh password confirmation per signed-in device (Strapi's session device id, which outlives
-- the rotation of its refresh tokens): sensitive actions (roles, accounts, memberships, API
-- tokens, communes) need one younger than a few minutes. Signing in counts as one.
CREATE TABLE IF NOT EXISTS account_security_confirmations (
  user_id integer NOT NULL,
  device_id text NOT NULL,
  confirmed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, device_id)
);
