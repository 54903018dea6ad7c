import { startupProblems, startupRefusal } from '../utils/startup-checks';

/**
 * Runs before anything is served: with NODE_ENV=production the site does not start without real
 * secrets (server/utils/startup-checks.ts), and nowhere with a setting it cannot read. It stops
 * the process with exit code 1 and says why in English in the log.
 */
export default defineNitroPlugin(() => {
  // Read from the environment at run time: the build replaces `process.env.NODE_ENV` written
  // out in the code with "production", whatever the process is started with.
  const environment: Record<string, string | undefined> = process.env;
  const production = environment['NODE_ENV'] === 'production';
  const problems = startupProblems(useRuntimeConfig(), production);
  if (problems.length === 0) return;
  console.error(startupRefusal(problems, production));
  process.exit(1);
});
