/**
 * The board's admin API as the admin panel calls it (admin JWT through Strapi's fetch client).
 * Types come from the plugin's shared folder, the same ones the server answers with.
 */
import { getFetchClient, isFetchError, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import type {
  ChangeEntry,
  ChangesResponse,
  InStateResponse,
  QueuesResponse,
  ReceivedRequest,
  StatesResponse,
  TransitionRequest,
  WorkflowResponse,
  WorkflowState,
  WorkflowView,
} from '../../shared';
import { PLUGIN_ID } from './pluginId';

const BASE = `/${PLUGIN_ID}`;

const itemPath = (uid: string, documentId: string): string =>
  `${BASE}/workflows/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}`;

export interface WorkflowHandle {
  view: WorkflowView | null;
  error: unknown;
  loading: boolean;
  reload(): void;
  transition(request: TransitionRequest): Promise<WorkflowView>;
  /** The same, against the item's version as the server has it now (after a save the view may lag). */
  transitionFresh(request: Omit<TransitionRequest, 'version' | 'locale'>): Promise<WorkflowView>;
  receive(request: ReceivedRequest): Promise<WorkflowView>;
}

/**
 * One item's board view, reloaded whenever `refreshKey` changes (the document's updatedAt after
 * a save) and replaced by the server's answer after each action.
 */
export function useWorkflow(uid: string, documentId: string | undefined, locale: string | undefined, refreshKey: unknown): WorkflowHandle {
  const { get, post } = useFetchClient();
  const [view, setView] = React.useState<WorkflowView | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const [loading, setLoading] = React.useState(false);
  const [tick, setTick] = React.useState(0);

  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    setLoading(true);
    get<WorkflowResponse>(itemPath(uid, documentId), { params: locale ? { locale } : {} }).then(
      (response) => {
        if (!current) return;
        setView(response.data.data);
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
  }, [get, uid, documentId, locale, refreshKey, tick]);

  const reload = React.useCallback(() => setTick((value) => value + 1), []);

  const transition = React.useCallback(
    async (request: TransitionRequest) => {
      if (!documentId) throw new Error('no document');
      try {
        const response = await post<WorkflowResponse, TransitionRequest>(`${itemPath(uid, documentId)}/transitions`, {
          ...request,
          ...(locale ? { locale } : {}),
        });
        setView(response.data.data);
        setError(null);
        return response.data.data;
      } catch (failure) {
        // Refused or failed: show the item as it truly stands now (state, version), so the next
        // press is judged against the current version and never meets a false conflict.
        reload();
        throw failure;
      }
    },
    [post, uid, documentId, locale, reload],
  );

  const transitionFresh = React.useCallback(
    async (request: Omit<TransitionRequest, 'version' | 'locale'>) => {
      if (!documentId) throw new Error('no document');
      const current = await get<WorkflowResponse>(itemPath(uid, documentId), { params: locale ? { locale } : {} });
      return transition({ ...request, version: current.data.data.version });
    },
    [get, uid, documentId, locale, transition],
  );

  const receive = React.useCallback(
    async (request: ReceivedRequest) => {
      if (!documentId) throw new Error('no document');
      try {
        const response = await post<WorkflowResponse, ReceivedRequest>(`${itemPath(uid, documentId)}/received`, {
          ...request,
          ...(locale ? { locale } : {}),
        });
        setView(response.data.data);
        setError(null);
        return response.data.data;
      } catch (failure) {
        reload(); // as for transitions: the panel shows the item as it stands
        throw failure;
      }
    },
    [post, uid, documentId, locale, reload],
  );

  return { view, error, loading, reload, transition, transitionFresh, receive };
}

export type QueuesData = QueuesResponse['data'];

/** The board page's queues (and counts) for the logged-in user. */
export function useQueues(): { data: QueuesData | null; error: unknown; reload(): void } {
  const { get } = useFetchClient();
  const [data, setData] = React.useState<QueuesData | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const [tick, setTick] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    get<QueuesResponse>(`${BASE}/queues`).then(
      (response) => current && (setData(response.data.data), setError(null)),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [get, tick]);
  return { data, error, reload: React.useCallback(() => setTick((value) => value + 1), []) };
}

/** The documentIds of one type in one state (the list view's state filter). */
export async function fetchInState(uid: string, state: WorkflowState): Promise<string[]> {
  const response = await getFetchClient().get<InStateResponse>(`${BASE}/in-state`, { params: { uid, state } });
  return response.data.data;
}

export type StateEntry = StatesResponse['data'][string];

/**
 * The list view's state column asks for one row at a time; this gathers the rows rendered in the
 * same moment into one request per type (`GET /states?uid=…&documentIds=a,b,…`) and keeps the
 * answers for a few seconds, so a re-render does not ask again.
 */
class StatesLoader {
  private readonly pending = new Map<string, Map<string, Array<(entry: StateEntry | null) => void>>>();
  private readonly cache = new Map<string, { at: number; entry: StateEntry | null }>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  load(uid: string, documentId: string, locale: string | null): Promise<StateEntry | null> {
    const key = locale ? `${documentId}:${locale}` : documentId;
    const cached = this.cache.get(`${uid}|${key}`);
    if (cached && Date.now() - cached.at < 5000) return Promise.resolve(cached.entry);
    return new Promise((resolve) => {
      const byType = this.pending.get(uid) ?? new Map<string, Array<(entry: StateEntry | null) => void>>();
      this.pending.set(uid, byType);
      byType.set(key, [...(byType.get(key) ?? []), resolve]);
      this.timer ??= setTimeout(() => void this.flush(), 0);
    });
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const batches = [...this.pending];
    this.pending.clear();
    await Promise.all(
      batches.map(async ([uid, waiting]) => {
        const documentIds = [...new Set([...waiting.keys()].map((key) => key.split(':')[0] ?? key))];
        let states: StatesResponse['data'] = {};
        try {
          states = (await getFetchClient().get<StatesResponse>(`${BASE}/states`, { params: { uid, documentIds: documentIds.join(',') } }))
            .data.data;
        } catch {
          // The column shows "—" for rows it could not load; the list itself still works.
        }
        for (const [key, resolvers] of waiting) {
          const entry = states[key] ?? null;
          this.cache.set(`${uid}|${key}`, { at: Date.now(), entry });
          resolvers.forEach((resolve) => resolve(entry));
        }
      }),
    );
  }
}

export const statesLoader = new StatesLoader();

export interface ChangesHandle {
  entries: ChangeEntry[] | null;
  /** True when this user may not read the log (only the head, the commune admin and province IT may). */
  refused: boolean;
  error: unknown;
}

/** The latest entries of one row's change log, reloaded whenever `refreshKey` changes (after a save). */
export function useChanges(uid: string, documentId: string | undefined, refreshKey: unknown): ChangesHandle {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<ChangesHandle>({ entries: null, refused: false, error: null });

  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    get<ChangesResponse>(`${BASE}/changes`, { params: { uid, documentId, pageSize: 10 } }).then(
      (response) => {
        if (current) setState({ entries: response.data.data, refused: false, error: null });
      },
      (failure: unknown) => {
        if (current) setState({ entries: null, refused: isFetchError(failure) && failure.status === 403, error: failure });
      },
    );
    return () => {
      current = false;
    };
  }, [get, uid, documentId, refreshKey]);

  return state;
}
