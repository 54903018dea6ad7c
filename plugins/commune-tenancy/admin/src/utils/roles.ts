import type { BoardRole } from '../../../shared';
import { trad } from './trad';

/** Board roles in the order the editorial board ranks them. */
export const BOARD_ROLE_ORDER: BoardRole[] = ['head', 'deputy', 'member', 'contributor'];

/** The translated label's message id of a board role ("Trưởng ban biên tập", …). */
export const boardRoleMessage = (role: BoardRole): string => trad(`role.${role}`);
