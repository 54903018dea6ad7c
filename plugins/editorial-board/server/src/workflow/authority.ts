/**
 * Who has the right to change what is on the public site, at this point of the call stack.
 *
 * Putting a version on the site (or taking one off) is allowed only inside a scope opened here:
 * - a **permit**, opened by the workflow service for one document while it carries out an
 *   approved publish / unpublish (the transition is already recorded in the same transaction);
 * - the **script authority** of a trusted command-line script (the demo seed, provisioning),
 *   which never exists inside an HTTP request, and whose every publish is logged as an import.
 *
 * The scopes live in AsyncLocalStorage, so they follow the awaits of one call chain and nothing
 * else: a concurrent request never inherits another's permit.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type Authority =
  | { kind: 'permit'; documentIds: ReadonlySet<string>; operation: 'publish' | 'unpublish' }
  | { kind: 'script'; reason: string };

const storage = new AsyncLocalStorage<Authority>();

export function currentAuthority(): Authority | undefined {
  return storage.getStore();
}

/** Runs `work` with a permit to publish or unpublish exactly these documents. */
export function withPermit<T>(operation: 'publish' | 'unpublish', documentIds: string[], work: () => Promise<T>): Promise<T> {
  return storage.run({ kind: 'permit', operation, documentIds: new Set(documentIds) }, work);
}

/**
 * Runs a trusted script's work with the right to publish (logged as an import with `reason`).
 * `inRequest` must say whether an HTTP request is being served: the authority is refused there,
 * so no request can ever reach it.
 */
export function withScriptAuthority<T>(reason: string, inRequest: boolean, work: () => Promise<T>): Promise<T> {
  if (inRequest) throw new Error('[editorial-board] script authority is refused inside an HTTP request');
  if (reason.trim() === '') throw new Error('[editorial-board] script authority needs a reason for the log');
  return storage.run({ kind: 'script', reason }, work);
}

/** Whether the current scope allows putting `documentId` on the site (`publish`) or taking it off. */
export function mayChangeLive(operation: 'publish' | 'unpublish', documentId: string | undefined): boolean {
  const authority = storage.getStore();
  if (!authority) return false;
  if (authority.kind === 'script') return true;
  if (documentId === undefined || !authority.documentIds.has(documentId)) return false;
  // Publishing replaces the previous live version: a publish permit also covers removing it.
  return authority.operation === operation || operation === 'unpublish';
}
