/** Reads the guide's Markdown sources (docs/guide/<role>.vi.md), one per role, in the guide's order. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../../database/paths.ts';
import { GUIDE_ROLES, type GuideRole, titleOf } from '../../../cms/src/admin/guide/guide-content.ts';
import { type Block, parseRules } from '../../../cms/src/admin/security-rules/parse-rules.ts';

export const guideSourceDir = path.join(repoRoot, 'docs', 'guide');

export interface RoleGuide {
  role: GuideRole;
  title: string;
  blocks: Block[];
}

export async function readGuides(dir: string = guideSourceDir): Promise<RoleGuide[]> {
  return Promise.all(
    GUIDE_ROLES.map(async (role) => {
      const blocks = parseRules(await readFile(path.join(dir, `${role.slug}.vi.md`), 'utf8'));
      return { role, title: titleOf(blocks, role.label), blocks };
    }),
  );
}
