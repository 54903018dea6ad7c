/**
 * Prints the database layout of every Strapi model — its table, and the link, component and
 * polymorphic tables of its relations — as `MODEL_MAP {json}`, for `npm run restore -- --commune`
 * (scripts/lib/backup/table-plan.ts), which derives from it which rows are one commune's.
 * Compiled by Strapi's build to dist/scripts/model-map.js. Reads nothing from the database.
 */
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn?: { name: string };
  morphColumn?: { typeColumn: { name: string }; idColumn: { name: string } };
  on?: Record<string, unknown>;
}

interface AttributeMeta {
  type?: string;
  relation?: string;
  target?: string;
  joinTable?: JoinTable;
  columnName?: string;
}

async function main(): Promise<void> {
  const distDir = path.resolve(__dirname, '..');
  const strapi = await createStrapi({ appDir: path.resolve(distDir, '..'), distDir }).load();
  strapi.log.level = 'warn';
  try {
    const models = [];
    for (const [uid, meta] of strapi.db.metadata as unknown as Map<
      string,
      { tableName: string; attributes: Record<string, AttributeMeta> }
    >) {
      const kind = uid in strapi.contentTypes ? 'content-type' : uid in strapi.components ? 'component' : 'internal';
      const relations = Object.entries(meta.attributes)
        .filter(([, attribute]) => attribute.joinTable !== undefined)
        .map(([name, attribute]) => ({
          name,
          relation: attribute.relation ?? '',
          target: attribute.target ?? null,
          joinTable: attribute.joinTable as JoinTable,
        }));
      const columns = Object.values(meta.attributes)
        .map((attribute) => attribute.columnName)
        .filter((column): column is string => typeof column === 'string');
      models.push({ uid, kind, tableName: meta.tableName, columns, relations });
    }
    console.log(`MODEL_MAP ${JSON.stringify({ models })}`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
