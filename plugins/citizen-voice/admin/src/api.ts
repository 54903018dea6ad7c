/**
 * The citizen-voice admin API as the admin panel calls it (admin JWT through Strapi's fetch
 * client). Types come from the plugin's shared folder, the same ones the server answers with.
 */
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import type {
  AnswerDraft,
  AssignRequest,
  InboxCommentList,
  InboxList,
  ModerationRequest,
  RatingFigures,
  RejectReason,
  RejectRequest,
} from '../../shared';
import { PLUGIN_ID } from './pluginId';

const BASE = `/${PLUGIN_ID}`;

/** `GET /commune-tenancy/me/communes`, as far as this page reads it. */
interface MyCommunesAnswer {
  data: {
    communes: Array<{ documentId: string; name: string; slug: string }>;
    current: string | null;
    allCommunes: boolean;
  };
}

export interface CurrentCommune {
  documentId: string;
  name: string;
}

export interface CurrentCommuneState {
  /** Undefined while loading; null when the user has no current commune (none, or not chosen yet). */
  commune: CurrentCommune | null | undefined;
  /** Province staff work across communes: the inbox is the communes' boards' own. */
  allCommunes: boolean;
  error: unknown;
}

/** The commune the user works on now: the only one, or the one chosen in the switcher. */
export function useCurrentCommune(): CurrentCommuneState {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<CurrentCommuneState>({ commune: undefined, allCommunes: false, error: null });
  React.useEffect(() => {
    let current = true;
    get<MyCommunesAnswer>('/commune-tenancy/me/communes').then(
      (response) => {
        if (!current) return;
        const { communes, current: selected, allCommunes } = response.data.data;
        const commune = communes.find((candidate) => candidate.documentId === selected) ?? null;
        setState({ commune: commune ? { documentId: commune.documentId, name: commune.name } : null, allCommunes, error: null });
      },
      (failure: unknown) => current && setState({ commune: null, allCommunes: false, error: failure }),
    );
    return () => {
      current = false;
    };
  }, [get]);
  return state;
}

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * One GET, asked again whenever its path or parameters change or `reload` is called; the last
 * answer stays shown while the next one loads. Nothing is asked while `params` is null.
 */
function useGet<T>(path: string, params: Record<string, string> | null): Loaded<T> {
  const { get } = useFetchClient();
  const [data, setData] = React.useState<T | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const [loading, setLoading] = React.useState(false);
  const [tick, setTick] = React.useState(0);
  const key = params === null ? null : JSON.stringify(params);

  React.useEffect(() => {
    if (key === null) return;
    let current = true;
    setLoading(true);
    get<T>(path, { params: JSON.parse(key) as Record<string, string> }).then(
      (response) => {
        if (!current) return;
        setData(response.data);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [get, path, key, tick]);

  return { data, error, loading, reload: React.useCallback(() => setTick((value) => value + 1), []) };
}

/** Only the parameters that are set. */
function compact(params: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && String(value).trim() !== '')
      .map(([name, value]) => [name, String(value).trim()]),
  );
}

export interface InboxQuery {
  state: string;
  due: string;
  q: string;
  page: number;
}

export function useInbox(commune: string | null, query: InboxQuery): Loaded<InboxList> {
  return useGet<InboxList>(`${BASE}/inbox`, commune ? compact({ commune, ...query }) : null);
}

export interface CommentQuery {
  state: string;
  consultation: string;
  page: number;
}

export function useComments(commune: string | null, query: CommentQuery): Loaded<InboxCommentList> {
  return useGet<InboxCommentList>(`${BASE}/comments`, commune ? compact({ commune, ...query }) : null);
}

export function useRatings(commune: string | null, range: { from: string; to: string }): Loaded<RatingFigures> {
  return useGet<RatingFigures>(`${BASE}/ratings`, commune ? compact({ commune, ...range }) : null);
}

export interface ModerationApi {
  assign(code: string, assigneeId: number): Promise<void>;
  /** Creates (or finds) the public answer's draft; resolves with its documentId. */
  answer(code: string): Promise<AnswerDraft>;
  reject(code: string, reason: RejectReason, note: string): Promise<void>;
  approveComment(code: string): Promise<void>;
  rejectComment(code: string, reason: RejectReason, note: string): Promise<void>;
}

const path = (kind: 'inbox' | 'comments', code: string, action: string): string => `${BASE}/${kind}/${encodeURIComponent(code)}/${action}`;

/** The board's actions on one commune's items; each rejects with the server's error. */
export function useModeration(commune: string): ModerationApi {
  const { post } = useFetchClient();
  return React.useMemo<ModerationApi>(() => {
    const rejectBody = (reason: RejectReason, note: string): RejectRequest => ({
      commune,
      reason,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    return {
      assign: async (code, assigneeId) => {
        await post<unknown, AssignRequest>(path('inbox', code, 'assign'), { commune, assigneeId });
      },
      answer: async (code) => {
        const response = await post<{ data: AnswerDraft }, ModerationRequest>(path('inbox', code, 'answer'), { commune });
        return response.data.data;
      },
      reject: async (code, reason, note) => {
        await post<unknown, RejectRequest>(path('inbox', code, 'reject'), rejectBody(reason, note));
      },
      approveComment: async (code) => {
        await post<unknown, ModerationRequest>(path('comments', code, 'approve'), { commune });
      },
      rejectComment: async (code, reason, note) => {
        await post<unknown, RejectRequest>(path('comments', code, 'reject'), rejectBody(reason, note));
      },
    };
  }, [post, commune]);
}
