/** `npm run typecheck`: strict TypeScript over every part (scripts/lib/typecheck.ts). */
import { codeChecks, runTypeChecks, siteCheck } from './lib/typecheck.ts';

try {
  await runTypeChecks([...(await codeChecks()), siteCheck]);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
