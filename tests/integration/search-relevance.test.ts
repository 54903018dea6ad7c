/**
 * The judged relevance set (tests/support/relevance-set.ts) through the real Strapi on the seeded
 * demo communes, as the public site asks: the site search and the document search, first page
 * of 10. Prints, per engine, hits@1, hits@3, the zero-result rate, the mean reciprocal rank and
 * every miss, and fails below the levels below (README "Search"). PostgreSQL always runs;
 * Typesense runs when TYPESENSE_URL points at a server (the seed is reindexed into a collection
 * of its own), and is reported as not run otherwise.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cmsDir } from '../../database/paths';
import { SEARCH_TYPES, type SearchType } from '../../plugins/portal-search/shared';
import { node } from '../../scripts/lib/tools';
import { type TestDatabase } from '../support/database';
import { ContentClient } from '../support/http';
import { figuresOf, relevanceReport, runRelevanceSet } from '../support/relevance-run';
import { ABSENT_SET, caseId, RELEVANCE_PAGE_SIZE, RELEVANCE_SET, type ItemKey } from '../support/relevance-set';
import { createSeededDatabase } from '../support/seeded';
import { prepareStrapi, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';

// The levels the set must reach on each engine, on each demo commune (README "Search"), a little
// under what the PostgreSQL engine reaches with issue 18's matching (Khánh Khê / Sơn Giang:
// hits@1 90.3% / 87.3%, hits@3 93.5% / 96.4%, zero results 0% / 0%, MRR 0.930 / 0.917, all
// wanted in place 93.5% / 94.5%), so that a regression fails. Before that work: hits@1 45.9% /
// 43.6%, hits@3 49.2% / 47.3%, zero results 32.8% / 38.2%, MRR 0.478 / 0.456.
const MIN_HITS_AT_1 = 0.85;
const MIN_HITS_AT_3 = 0.9;
const MAX_ZERO_RESULT_RATE = 0.02;
const MIN_MEAN_RECIPROCAL_RANK = 0.88;
const MIN_ALL_WANTED_IN_PLACE = 0.9;
/** How many of the queries that must find nothing may find something. */
const MAX_ABSENT_ANSWERED = 0;

/** The issue's examples, which the set must judge verbatim. */
const ISSUE_EXAMPLES = [
  'giay khai sinh cho con',
  'thu tuc hanh chin',
  'quyet dinh 312',
  'ke hoach 120',
  '120',
  '1001193',
  'thong tu 22',
  'nghi dinh 42',
  'tiep cong dan thang 8',
];

let db: TestDatabase;
let seeded: StrapiSetup;
let token: string;

beforeAll(async () => {
  ({ db, setup: seeded } = await createSeededDatabase('search_relevance'));
  token = (await readFile(path.join(seeded.workDir, 'public-site-token'), 'utf8')).trim();
  // With TYPESENSE_URL set for the whole run, the seed indexed into Typesense: PostgreSQL's own
  // index (judged below) is then built here, as an installation switching engines would.
  const [entries] = await db.query<{ n: string }>('SELECT count(*) AS n FROM portal_search_entries');
  if (process.env.TYPESENSE_URL && Number(entries?.n) === 0) await reindexAll({ ...seeded.env, SEARCH_ENGINE: 'postgres' });
});

afterAll(async () => {
  await db?.drop();
});

describe('the judged relevance set itself', () => {
  it('judges at least 80 queries, at least 40 on each demo commune, the issue’s examples among them', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(80);
    expect(RELEVANCE_SET.filter((entry) => entry.commune === 'khanh-khe').length).toBeGreaterThanOrEqual(40);
    expect(RELEVANCE_SET.filter((entry) => entry.commune === 'son-giang').length).toBeGreaterThanOrEqual(40);
    const khanhKhe = RELEVANCE_SET.filter((entry) => entry.commune === 'khanh-khe' && entry.kinds.includes('issue')).map(
      (entry) => entry.query,
    );
    expect(new Set(khanhKhe)).toEqual(new Set(ISSUE_EXAMPLES));
    expect(ABSENT_SET.map((entry) => entry.query)).toContain('917');
  });

  it('wants at least one item per query, each at a whole rank on the first page', () => {
    const bad = RELEVANCE_SET.filter((entry) => {
      const ranks = Object.values(entry.wanted);
      return (
        entry.query.trim() === '' ||
        entry.kinds.length === 0 ||
        ranks.length === 0 ||
        ranks.some((rank) => !Number.isInteger(rank) || rank < 1 || rank > RELEVANCE_PAGE_SIZE)
      );
    });
    expect(bad.map(caseId)).toEqual([]);
  });

  it('never judges the same query twice on one commune and tool', () => {
    const ids = [...RELEVANCE_SET, ...ABSENT_SET].map(caseId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('names only items the seed has indexed on that commune, and only searchable types', async () => {
    const rows = await db.query<{ commune: string; type: string; slug: string | null; number_symbol: string | null }>(
      `SELECT c.slug AS commune, e.type, e.slug, e.number_symbol FROM portal_search_entries e JOIN communes c ON c.id = e.commune_id`,
    );
    const indexed = new Set(rows.map((row) => `${row.commune} ${row.type}:${row.type === 'document' ? row.number_symbol : row.slug}`));
    const unknown = RELEVANCE_SET.flatMap((entry) =>
      (Object.keys(entry.wanted) as ItemKey[])
        .filter((key) => !SEARCH_TYPES.includes(key.split(':')[0] as SearchType) || !indexed.has(`${entry.commune} ${key}`))
        .map((key) => `${caseId(entry)} → ${key}`),
    );
    expect(unknown).toEqual([]);
  });
});

/** `reindex` of every commune into the engine the environment names, as after switching engines. */
async function reindexAll(env: NodeJS.ProcessEnv): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(node, [path.join(cmsDir, 'dist', 'scripts', 'reindex.js')], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`reindex exited with ${code}: ${output.slice(-3000)}`))));
  });
}

interface EngineRun {
  /** Environment added to the seeded Strapi's. */
  env: NodeJS.ProcessEnv;
  /** Before the queries, with Strapi up (e.g. fill the engine's index). */
  prepare?: (setup: StrapiSetup) => Promise<void>;
  /** After Strapi has stopped (e.g. drop the engine's collection). */
  cleanUp?: () => Promise<void>;
}

function relevanceRun(engine: string, run: () => EngineRun): void {
  describe(`relevance set: ${engine}`, () => {
    let strapi: StrapiInstance | undefined;
    let current: EngineRun;

    beforeAll(async () => {
      current = run();
      // Each engine's Strapi in turn on the one seeded database, with the seed's token and keys.
      const setup = await prepareStrapi(db.url);
      setup.env = { ...setup.env, API_TOKEN_SALT: seeded.env.API_TOKEN_SALT, ENCRYPTION_KEY: seeded.env.ENCRYPTION_KEY, ...current.env };
      await writeFile(path.join(setup.workDir, 'public-site-token'), token);
      strapi = await startStrapi(setup);
      await current.prepare?.(setup);
    });

    afterAll(async () => {
      await strapi?.stop();
      await current?.cleanUp?.();
    });

    it('reaches the stated levels on each commune; prints its figures and misses', async () => {
      if (!strapi) throw new Error('Strapi did not start');
      const { results, absentResults } = await runRelevanceSet(new ContentClient(strapi.url, token), RELEVANCE_SET, ABSENT_SET);
      console.log(relevanceReport(engine, results, absentResults));
      expect(
        [...results, ...absentResults]
          .filter((result) => result.answer.status !== 200)
          .map((result) => `${caseId(result.entry)}: ${result.answer.status}`),
      ).toEqual([]);
      const below: string[] = [];
      for (const commune of ['khanh-khe', 'son-giang'] as const) {
        const figures = figuresOf(results.filter((result) => result.entry.commune === commune));
        if (figures.hitsAt1 < MIN_HITS_AT_1) below.push(`${commune}: hits@1 ${figures.hitsAt1.toFixed(3)} < ${MIN_HITS_AT_1}`);
        if (figures.hitsAt3 < MIN_HITS_AT_3) below.push(`${commune}: hits@3 ${figures.hitsAt3.toFixed(3)} < ${MIN_HITS_AT_3}`);
        if (figures.zeroResultRate > MAX_ZERO_RESULT_RATE)
          below.push(`${commune}: zero results ${figures.zeroResultRate.toFixed(3)} > ${MAX_ZERO_RESULT_RATE}`);
        if (figures.meanReciprocalRank < MIN_MEAN_RECIPROCAL_RANK)
          below.push(`${commune}: MRR ${figures.meanReciprocalRank.toFixed(3)} < ${MIN_MEAN_RECIPROCAL_RANK}`);
        if (figures.metRate < MIN_ALL_WANTED_IN_PLACE)
          below.push(`${commune}: all wanted in place ${figures.metRate.toFixed(3)} < ${MIN_ALL_WANTED_IN_PLACE}`);
      }
      expect(below).toEqual([]);
      expect(absentResults.filter((result) => result.answer.hits.length > 0).length).toBeLessThanOrEqual(MAX_ABSENT_ANSWERED);
    });
  });
}

relevanceRun('PostgreSQL', () => ({ env: { SEARCH_ENGINE: 'postgres' } }));

const typesenseUrl = process.env.TYPESENSE_URL;
if (typesenseUrl) {
  relevanceRun('Typesense', () => {
    const apiKey = process.env.TYPESENSE_API_KEY ?? '';
    const collection = `relevance_${Date.now()}`;
    return {
      env: { SEARCH_ENGINE: 'typesense', TYPESENSE_URL: typesenseUrl, TYPESENSE_API_KEY: apiKey, TYPESENSE_COLLECTION: collection },
      prepare: (setup) => reindexAll(setup.env),
      cleanUp: async () => {
        await fetch(`${typesenseUrl.replace(/\/$/, '')}/collections/${collection}`, {
          method: 'DELETE',
          headers: { 'X-TYPESENSE-API-KEY': apiKey },
        });
      },
    };
  });
} else {
  // Reported, not passed: no Typesense server can run on these machines (see ENVIRONMENT.md).
  it.skip('relevance set: Typesense — not run: TYPESENSE_URL is not set', () => undefined);
}
