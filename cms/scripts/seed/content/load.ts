/**
 * The demo communes' content, read from their folders (content/<slug>/, see README.md there) and
 * checked: the objects the seed writes to Strapi. Each folder holds commune.yaml, documents.yaml,
 * procedures.yaml, people.yaml, questions.yaml, consultations.yaml, public-works.yaml,
 * disclosure.yaml, optionally urgent-notices.yaml and a boundary .geojson, and the articles and
 * introduction pages as Markdown files in articles/ and pages/.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defaultMenu } from '../../provision/defaults';
import { inSentence } from '../../provision/spec';
import type { SeedCitizenVoice } from '../citizen-voice-types';
import { decree224 } from '../decree-224';
import { currentWeekEntries, previousWeekEntries } from '../disclosure/schedule-template';
import { agricultureStatistic, populationStatistic } from '../disclosure/statistics-template';
import type { SeedDisclosure } from '../disclosure/types';
import type { SeedPublicWorks } from '../public-works-types';
import type { SeedUrgentNotice } from '../seed-urgent-notices';
import type { SeedArticle, SeedCommune, SeedPage } from '../types';
import { ContentError, readContentFile, readMarkdown, readYaml, validate } from './read';
import {
  articleFrontMatter,
  communeFile,
  consultationsFile,
  disclosureFile,
  documentsFile,
  englishPageFrontMatter,
  geoJson,
  pageFrontMatter,
  peopleFile,
  proceduresFile,
  publicWorksFile,
  questionsFile,
  urgentNoticesFile,
} from './schemas';

/** The demo communes, in the order the seed writes them. */
export const DEMO_COMMUNE_SLUGS = ['khanh-khe', 'son-giang', 'quoc-tuan'] as const;

/** Everything the seed writes for one demo commune. */
export interface DemoCommune {
  commune: SeedCommune;
  citizenVoice: SeedCitizenVoice;
  publicWorks: SeedPublicWorks;
  disclosure: SeedDisclosure;
  urgentNotices: SeedUrgentNotice[];
}

const MARKDOWN_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)(\.en)?\.md$/u;

/** The Markdown files of `folder` (relative to root) as [slug, English?], refusing anything else. */
function markdownFiles(root: string, folder: string, english: boolean): Array<{ slug: string; en: boolean; file: string }> {
  return readdirSync(path.join(root, folder))
    .sort()
    .map((name) => {
      const match = MARKDOWN_FILE.exec(name);
      if (!match?.[1] || (match[2] && !english)) {
        throw new ContentError(`${folder}/${name}`, [
          `unexpected file: expected <slug>.md${english ? ' or <slug>.en.md' : ''}, the slug in lower-case letters, digits and hyphens`,
        ]);
      }
      return { slug: match[1], en: Boolean(match[2]), file: `${folder}/${name}` };
    });
}

function loadArticles(root: string, slug: string, categories: ReadonlySet<string>): SeedArticle[] {
  const articles = markdownFiles(root, `${slug}/articles`, false).map(({ slug: articleSlug, file }) => {
    const { data, body } = readMarkdown(root, file, articleFrontMatter);
    if (!categories.has(data.category)) {
      throw new ContentError(`${file} (front matter)`, [`category: "${data.category}" is not a category of commune.yaml`]);
    }
    return { slug: articleSlug, ...data, body };
  });
  // Oldest first, as an editor would have published them.
  return articles.sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || a.slug.localeCompare(b.slug));
}

function loadPages(root: string, slug: string): SeedPage[] {
  const files = markdownFiles(root, `${slug}/pages`, true);
  const pages = files
    .filter((file) => !file.en)
    .map(({ slug: pageSlug, file }): SeedPage => {
      const { data, body } = readMarkdown(root, file, pageFrontMatter);
      const { map, ...page } = data;
      const english = files.find((candidate) => candidate.en && candidate.slug === pageSlug);
      const en = english ? readMarkdown(root, english.file, englishPageFrontMatter) : undefined;
      return {
        ...page,
        slug: pageSlug,
        body,
        ...(en ? { en: { ...en.data, body: en.body } } : {}),
        ...(map ? { mapGeoJson: readGeoJson(root, `${slug}/${map}`) } : {}),
      };
    });
  for (const english of files.filter((file) => file.en && !pages.some((page) => page.slug === file.slug))) {
    throw new ContentError(english.file, [`an English version without its page ${english.slug}.md`]);
  }
  return pages.sort((a, b) => a.order - b.order);
}

function readGeoJson(root: string, relative: string): Record<string, unknown> {
  if (!existsSync(path.join(root, relative))) throw new ContentError(relative, ['the map file named by a page does not exist']);
  const file = readContentFile(root, relative);
  let data: unknown;
  try {
    data = JSON.parse(file.text) as unknown;
  } catch (error) {
    throw new ContentError(file.name, [`invalid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return validate(file.name, data, geoJson);
}

function loadDisclosure(root: string, slug: string): SeedDisclosure {
  const file = readYaml(root, `${slug}/disclosure.yaml`, disclosureFile);
  return {
    shortName: file.shortName,
    budget: file.budget,
    statistics: [
      populationStatistic(file.shortName, file.population.villages, file.population.labour),
      agricultureStatistic(file.shortName, file.agriculture),
    ],
    currentWeek: currentWeekEntries(file.schedule),
    previousWeek: previousWeekEntries(file.schedule),
    infoAccess: file.infoAccess,
    ...(file.howToRequest ? { howToRequest: file.howToRequest } : {}),
  };
}

function loadUrgentNotices(root: string, slug: string): SeedUrgentNotice[] {
  const relative = `${slug}/urgent-notices.yaml`;
  if (!existsSync(path.join(root, relative))) return [];
  return readYaml(root, relative, urgentNoticesFile).map(({ message, ...notice }) => ({
    ...notice,
    message: (day: string) => message.split('{day}').join(day),
  }));
}

/** One demo commune's content, from `root`/`slug`/; throws a ContentError naming the file and field. */
export function loadDemoCommune(root: string, slug: string): DemoCommune {
  const { commune: facts, categories, settings } = readYaml(root, `${slug}/commune.yaml`, communeFile);
  if (facts.slug !== slug) throw new ContentError(`${slug}/commune.yaml`, [`commune.slug: "${facts.slug}" is not the folder's name`]);
  const { extraMenuItems, ...siteSettings } = settings;
  const people = readYaml(root, `${slug}/people.yaml`, peopleFile);
  const commune: SeedCommune = {
    ...facts,
    categories,
    articles: loadArticles(root, slug, new Set(categories.map((category) => category.slug))),
    documents: [...readYaml(root, `${slug}/documents.yaml`, documentsFile), decree224(inSentence(facts.name))],
    procedures: readYaml(root, `${slug}/procedures.yaml`, proceduresFile),
    officials: people.officials,
    contacts: people.contacts,
    pages: loadPages(root, slug),
    // What provisioning gives a new commune, with the demo commune's own news categories.
    settings: { ...siteSettings, menu: [...defaultMenu(categories), ...extraMenuItems] },
  };
  return {
    commune,
    citizenVoice: {
      ...readYaml(root, `${slug}/questions.yaml`, questionsFile),
      consultations: readYaml(root, `${slug}/consultations.yaml`, consultationsFile),
    },
    publicWorks: readYaml(root, `${slug}/public-works.yaml`, publicWorksFile),
    disclosure: loadDisclosure(root, slug),
    urgentNotices: loadUrgentNotices(root, slug),
  };
}

/** All the demo communes, from the content folder `root`. */
export function loadDemoCommunes(root: string): DemoCommune[] {
  return DEMO_COMMUNE_SLUGS.map((slug) => loadDemoCommune(root, slug));
}
