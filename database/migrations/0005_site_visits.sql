-- The visit counter (plugins/site-stats). A visit is one visitor on one day on one commune's
-- site; a visitor is a salted daily hash of the address and browser computed by the site's
-- server (never the address itself, and no cookie).

-- One row per commune and day (Vietnam time): the figures the footer and reports show.
CREATE TABLE IF NOT EXISTS site_visits (
  commune_id integer NOT NULL,
  day date NOT NULL,
  visits integer NOT NULL DEFAULT 0,
  PRIMARY KEY (commune_id, day)
);

-- Today's visitors, only to count each of them once; rows of past days are deleted, so no
-- hash outlives the day it was made for.
CREATE TABLE IF NOT EXISTS site_visitors (
  commune_id integer NOT NULL,
  day date NOT NULL,
  visitor_hash bytea NOT NULL,
  PRIMARY KEY (commune_id, day, visitor_hash)
);
