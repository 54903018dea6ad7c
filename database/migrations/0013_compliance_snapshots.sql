-- The province dashboard's compliance over time (plugins/province-dashboard): each commune's
-- scorecard once a day, as it stood that day. Content rows cannot answer "how complete was the
-- site in March" (Strapi re-creates them on publish), so the day's result is kept.
CREATE TABLE IF NOT EXISTS compliance_snapshots (
  commune_id integer NOT NULL,
  day date NOT NULL,
  score smallint NOT NULL,
  ok smallint NOT NULL,
  stale smallint NOT NULL,
  empty smallint NOT NULL,
  PRIMARY KEY (commune_id, day)
);
