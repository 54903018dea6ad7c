/**
 * The editorial board's admin API as the board panel calls it, for integration and e2e tests.
 */
import type { TransitionRequest, WorkflowView } from '../../plugins/editorial-board/shared';
import type { AdminClient, JsonResponse, StrapiErrorBody } from './http';

export type BoardResponse = JsonResponse<StrapiErrorBody & { data?: WorkflowView }>;

export const ARTICLE = 'api::article.article';

export function boardView(user: AdminClient, uid: string, documentId: string): Promise<BoardResponse> {
  return user.call('GET', `/editorial-board/workflows/${uid}/${documentId}`);
}

/** The item's current view; fails the test when the user cannot see it. */
export async function stateOf(user: AdminClient, uid: string, documentId: string): Promise<WorkflowView> {
  const response = await boardView(user, uid, documentId);
  if (response.status !== 200 || !response.body.data)
    throw new Error(`board view failed with HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.data;
}

/** Presses a board button with the version the user just saw (or the one given). */
export async function press(
  user: AdminClient,
  uid: string,
  documentId: string,
  request: Omit<TransitionRequest, 'version'> & { version?: number },
): Promise<BoardResponse> {
  const version = request.version ?? (await stateOf(user, uid, documentId)).version;
  return user.call('POST', `/editorial-board/workflows/${uid}/${documentId}/transitions`, { ...request, version });
}
