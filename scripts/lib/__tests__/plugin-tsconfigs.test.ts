/**
 * `npm run typecheck` checks every plugin in one program (plugins/tsconfig.check.json), while each
 * plugin is built with its own tsconfig.build.json. That is only the same check while the
 * options agree: a plugin given a stricter or looser option must fail here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Tsconfig {
  extends?: string;
  compilerOptions: Record<string, unknown>;
  include: string[];
  exclude: string[];
}

const pluginsDir = path.resolve(__dirname, '..', '..', '..', 'plugins');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Tsconfig;
/** What only the build needs: where and what it writes. */
const EMIT_OPTIONS = ['noEmit', 'declaration', 'rootDir', 'outDir', 'sourceMap'];
const checkOptions = (options: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(options).filter(([name]) => !EMIT_OPTIONS.includes(name)));

const check = read(path.join(pluginsDir, 'tsconfig.check.json'));
const plugins = readdirSync(pluginsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('plugins/tsconfig.check.json', () => {
  it('finds the plugins', () => {
    expect(plugins.length).toBeGreaterThanOrEqual(10);
  });

  it.each(plugins)('checks %s with the options its build uses', (plugin) => {
    const build = read(path.join(pluginsDir, plugin, 'tsconfig.build.json'));
    expect(build.extends).toBe('../../tsconfig.json');
    expect(check.extends).toBe('../tsconfig.json');
    expect(checkOptions(build.compilerOptions)).toEqual(checkOptions(check.compilerOptions));
    expect(check.compilerOptions.noEmit).toBe(true);
    // The same sources, one folder up.
    expect(build.include.map((pattern) => `*/${pattern}`)).toEqual(check.include);
    expect(build.exclude.filter((pattern) => pattern.startsWith('**/'))).toEqual(
      check.exclude.filter((pattern) => pattern.startsWith('**/')),
    );
  });
});
