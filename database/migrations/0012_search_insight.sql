-- Search insight (plugins/site-stats, README "Search insight"): what citizens search for on
-- their commune's site, and what they search for and do not find. Daily aggregates only: the
-- query as normalised and masked by the site and again by Strapi (no e-mail address, no phone or
-- ID number), how many times it was searched that day (Vietnam time) and how many of those found
-- nothing. No time of day, no address, no visitor. Rows older than 400 days are deleted.
CREATE TABLE IF NOT EXISTS search_queries (
  commune_id integer NOT NULL,
  day date NOT NULL,
  query text NOT NULL,
  searches integer NOT NULL CHECK (searches > 0),
  empty integer NOT NULL CHECK (empty >= 0 AND empty <= searches),
  PRIMARY KEY (commune_id, day, query)
);
