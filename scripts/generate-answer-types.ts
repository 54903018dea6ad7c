/**
 * `npm run types:answers`: writes frontend/server/types/strapi-answers.generated.ts from the
 * content-type and component schemas (scripts/lib/answer-types.ts). Run it after a schema change;
 * the unit test answer-types.test.ts fails while the committed file is stale.
 */
import { repoRoot } from '../database/paths.ts';
import { writeAnswerTypes } from './lib/answer-types.ts';

const { file, changed } = await writeAnswerTypes(repoRoot);
console.log(changed ? `wrote ${file}` : `${file} is up to date`);
