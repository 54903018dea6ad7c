import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  isGovernedType,
  TRANSITION_ACTIONS,
  type GovernedType,
  type ReceivedRequest,
  type TransitionAction,
  type TransitionRequest,
} from '../../../shared';

export type Context = Parameters<Core.MiddlewareHandler>[0];

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as { body?: unknown }).body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
};

/** The logged-in admin user's id (the admin routes' policies guarantee one). */
export function userIdOf(ctx: Context): number {
  const id = (ctx.state as { user?: { id?: number } }).user?.id;
  if (typeof id !== 'number') throw new errors.UnauthorizedError('Hãy đăng nhập.');
  return id;
}

export function governedTypeOf(value: unknown): GovernedType {
  if (typeof value !== 'string' || !isGovernedType(value)) throw new errors.NotFoundError('Loại nội dung này không qua Ban biên tập.');
  return value;
}

const optionalString = (value: unknown, field: string, max: number): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new errors.ValidationError(`Trường “${field}” không hợp lệ.`);
  if (value.length > max) throw new errors.ValidationError(`Trường “${field}” dài quá ${max} ký tự.`);
  return value;
};

function versionOf(body: Record<string, unknown>): number {
  const version = body.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    throw new errors.ValidationError('Thiếu phiên bản của quy trình (version): hãy tải lại trang.');
  return version;
}

export function transitionRequestOf(ctx: Context): TransitionRequest {
  const body = bodyOf(ctx);
  const action = body.action;
  if (typeof action !== 'string' || !(TRANSITION_ACTIONS as readonly string[]).includes(action))
    throw new errors.ValidationError('Thao tác không hợp lệ.');
  const assigneeId = body.assigneeId;
  if (assigneeId !== undefined && (typeof assigneeId !== 'number' || !Number.isSafeInteger(assigneeId)))
    throw new errors.ValidationError('Người được phân công không hợp lệ.');
  return {
    action: action as TransitionAction,
    version: versionOf(body),
    locale: optionalString(body.locale, 'locale', 10),
    comment: optionalString(body.comment, 'Ý kiến', 5000),
    assigneeId: assigneeId as number | undefined,
    scheduledAt: optionalString(body.scheduledAt, 'Giờ hẹn đăng', 40),
    thenPublish: body.thenPublish === true,
  };
}

const CHANNELS = ['paper', 'email', 'other'] as const;

export function receivedRequestOf(ctx: Context): ReceivedRequest {
  const body = bodyOf(ctx);
  const channel = body.channel;
  if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel))
    throw new errors.ValidationError('Hãy chọn cách nhận tin, bài (bản giấy, thư điện tử, khác).');
  return {
    version: versionOf(body),
    locale: optionalString(body.locale, 'locale', 10),
    authorName: optionalString(body.authorName, 'Tên người gửi', 120) ?? '',
    channel: channel as ReceivedRequest['channel'],
    comment: optionalString(body.comment, 'Ghi chú', 5000),
  };
}
