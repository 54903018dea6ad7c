/**
 * axe-core over an admin page's own content: Strapi's main landmark, and an open dialog, which the
 * design system renders outside it. The admin's menu and frame are Strapi's, not the page's.
 */
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

/** The violations on the page, one line each (empty when axe finds nothing); `axe` is axe-core's source. */
export async function adminViolations(page: Page, axe: string): Promise<string[]> {
  // A dialog fades in: colours measured halfway through would be the animation's, not the page's.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  // Evaluated rather than added as a script tag: the admin's CSP refuses inline scripts.
  await page.evaluate(axe);
  return page.evaluate(async () => {
    const { axe: runner } = window as unknown as {
      axe: { run(context: { include: string[][] }): Promise<{ violations: AxeViolation[] }> };
    };
    const include = [['main'], ...(document.querySelector('[role="dialog"]') ? [['[role="dialog"]']] : [])];
    const { violations: found } = await runner.run({ include });
    return found.map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes
          .map((node) => `${node.html.slice(0, 160)} ${node.failureSummary ?? ''}`)
          .slice(0, 3)
          .join(' | ')}`,
    );
  });
}
