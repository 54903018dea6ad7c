/**
 * Provisioning writes a new commune's categories, pages, settings, access-to-information draft and
 * memberships below the document service (../direct-writes.ts), doing by hand what each
 * document-service middleware of ours would have done for those rows. That holds only for the
 * middlewares that existed when it was written: this test lists them, so that adding one fails here
 * until someone has decided whether direct-writes.ts must do its work too (and added it below).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Each registration of a document-service middleware, and what direct-writes.ts does about it. */
const KNOWN: Record<string, string> = {
  'cms/src/extensions/commune-slugs.ts': 'slugs cannot collide in a commune with no rows yet',
  'cms/src/extensions/document-validation.ts': 'no document is written',
  'cms/src/extensions/published-only.ts': 'reads of the content API only',
  'cms/src/extensions/rich-text-images.ts': 'the placeholder bodies hold no image',
  'cms/src/extensions/section-validation.ts': 'defaults.ts pages are valid sections (integration test)',
  'cms/src/extensions/site-settings-validation.ts': 'defaults.ts settings (integration test)',
  'cms/src/maintenance/window-writes.ts': 'maintenance windows only',
  'plugins/commune-tenancy/server/src/guard/document-guard.ts': 'the system may write; the key comes from the query lifecycle',
  'plugins/editorial-board/server/src/guard/publish-guard.ts': 'workflows().created for every draft',
  'plugins/editorial-board/server/src/guard/site-governance.ts': 'change-log written/record for categories and settings',
};

test('every document-service middleware is one direct-writes.ts has accounted for', () => {
  const root = path.resolve(__dirname, '../../../..');
  const found = execFileSync('git', ['grep', '-l', 'documents.use(', '--', '*.ts', ':!**/__tests__/**'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort();
  expect(found).toEqual(Object.keys(KNOWN).sort());
});
