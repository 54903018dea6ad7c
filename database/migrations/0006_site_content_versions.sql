-- Freshness of the public sites' caches (plugins/site-cache). Every commune has a content
-- version; any change to what its public site shows bumps it, in the same transaction as the
-- change, so every Nuxt process sees the new version as soon as the change is committed and no
-- earlier. The site's processes key their caches by it: a new version is a purge.

CREATE TABLE IF NOT EXISTS site_content_versions (
  commune_id integer PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0,
  changed_at timestamptz NOT NULL DEFAULT now()
);

-- Row trigger of every content table a site shows (installed by the plugin at start, once
-- Strapi has created the tables). TG_ARGV[0]: the column holding the commune id (`commune_key`,
-- or `id` on the communes table itself). TG_ARGV[1] = 'published' on draft-and-publish tables:
-- only rows with a publication date are on the site, so editing a draft changes nothing.
-- The row is read through to_jsonb so one function serves tables with different columns.
CREATE OR REPLACE FUNCTION site_content_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  key_column text := TG_ARGV[0];
  published_only boolean := TG_ARGV[1] = 'published';
  changed integer[] := '{}';
  row_data jsonb;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    row_data := to_jsonb(NEW);
    IF NOT published_only OR row_data ->> 'published_at' IS NOT NULL THEN
      changed := changed || (row_data ->> key_column)::integer;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    row_data := to_jsonb(OLD);
    IF NOT published_only OR row_data ->> 'published_at' IS NOT NULL THEN
      changed := changed || (row_data ->> key_column)::integer;
    END IF;
  END IF;
  INSERT INTO site_content_versions AS v (commune_id, version, changed_at)
  SELECT DISTINCT commune_id, 1, now() FROM unnest(changed) AS commune_id WHERE commune_id IS NOT NULL
  ORDER BY commune_id -- one lock order for every writer: no deadlock between two multi-commune writes
  ON CONFLICT (commune_id) DO UPDATE SET version = v.version + 1, changed_at = now();
  RETURN NULL;
END
$$;
