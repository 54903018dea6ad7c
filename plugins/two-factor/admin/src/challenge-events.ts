/**
 * The one link between the fetch interceptor (which sees POST /admin/login's answer) and the
 * sign-in step component (mounted at bootstrap): a tiny subscription, no global store.
 */
import type { LoginChallenge } from '../../shared';

export interface PendingChallenge extends LoginChallenge {
  rememberMe: boolean;
}

type Listener = (challenge: PendingChallenge) => void;
const listeners = new Set<Listener>();
let pending: PendingChallenge | null = null;

export function announceChallenge(challenge: PendingChallenge): void {
  pending = challenge;
  for (const listener of listeners) listener(challenge);
}

export function onChallenge(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) listener(pending);
  return () => listeners.delete(listener);
}
