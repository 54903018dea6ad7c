-- Citizens' questions, feedback, comments on draft documents and page ratings
-- (plugins/citizen-voice). The platform's first public write path. Plain SQL tables rather than
-- content types: no content-manager screen, no generated route and no relation picker can reach
-- them; the plugin's own routes decide who reads what (the commune's board only for contact data).

-- A question or a piece of feedback (hỏi đáp, phản ánh kiến nghị). The contact columns are the
-- personal data: shown only to the commune's board, erased after the retention period
-- (erased_at), never copied into the public answer, which keeps only the initials.
CREATE TABLE IF NOT EXISTS citizen_questions (
  id bigserial PRIMARY KEY,
  commune_id integer NOT NULL,
  code text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('question', 'feedback')),
  topic text NOT NULL,
  body text NOT NULL,
  full_name text,
  initials text NOT NULL,
  phone text,
  email text,
  address text,
  consent_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'assigned', 'answering', 'rejected')),
  assignee_user_id integer,
  -- The public answer (api::question-answer), a governed draft the board takes to publication.
  answer_document_id text,
  reject_reason text,
  reject_note text,
  due_on date NOT NULL,
  reminded_on date,
  body_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  erased_at timestamptz
);
CREATE INDEX IF NOT EXISTS citizen_questions_inbox ON citizen_questions (commune_id, status, due_on);
CREATE INDEX IF NOT EXISTS citizen_questions_duplicates ON citizen_questions (commune_id, body_hash, created_at);

-- A comment on a draft document under consultation (lấy ý kiến dự thảo). Shown on the site,
-- with initials only, once the board approved it and if the consultation shows comments.
CREATE TABLE IF NOT EXISTS consultation_comments (
  id bigserial PRIMARY KEY,
  commune_id integer NOT NULL,
  code text NOT NULL UNIQUE,
  consultation_document_id text NOT NULL,
  body text NOT NULL,
  full_name text,
  initials text NOT NULL,
  phone text,
  email text,
  address text,
  consent_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  reject_reason text,
  moderated_by integer,
  moderated_at timestamptz,
  body_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  erased_at timestamptz
);
CREATE INDEX IF NOT EXISTS consultation_comments_list ON consultation_comments (commune_id, consultation_document_id, status, created_at);
CREATE INDEX IF NOT EXISTS consultation_comments_duplicates ON consultation_comments (commune_id, body_hash, created_at);

-- A moderation decision changes what the site shows (approved comments are on the consultation's
-- page): bump the commune's content version then, and only then. A new comment changes nothing
-- public, so a flood of submissions never purges a site's caches.
CREATE OR REPLACE TRIGGER site_content_changed AFTER UPDATE OF status ON consultation_comments
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION site_content_changed('commune_id', 'all');

-- "Was this information useful?" One vote per visitor, page and day: the visitor is the site's
-- daily hash (never an address, no cookie), cleared once its day is over; the vote stays.
CREATE TABLE IF NOT EXISTS page_ratings (
  id bigserial PRIMARY KEY,
  commune_id integer NOT NULL,
  path text NOT NULL,
  day date NOT NULL,
  visitor_hash bytea,
  useful boolean NOT NULL,
  comment text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS page_ratings_once ON page_ratings (commune_id, path, day, visitor_hash);
CREATE INDEX IF NOT EXISTS page_ratings_figures ON page_ratings (commune_id, day);

-- Every public submission attempt, accepted or refused, for the rate limits: per address (a key
-- the site derives from it with a secret, never the address), per commune. Rows older than a day
-- are deleted; nothing here is personal data.
CREATE TABLE IF NOT EXISTS citizen_voice_attempts (
  commune_id integer NOT NULL,
  client_key bytea NOT NULL,
  form text NOT NULL,
  accepted boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS citizen_voice_attempts_client ON citizen_voice_attempts (client_key, at);
CREATE INDEX IF NOT EXISTS citizen_voice_attempts_commune ON citizen_voice_attempts (commune_id, at);

-- A solved challenge is good once.
CREATE TABLE IF NOT EXISTS citizen_voice_challenges_used (
  id text PRIMARY KEY,
  used_at timestamptz NOT NULL DEFAULT now()
);
