/**
 * The dashboard's admin API as the admin panel calls it (admin JWT through Strapi's fetch
 * client), with the types the server answers with (plugins/province-dashboard/shared).
 */
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import type { CommuneDashboardResponse, OverviewResponse } from '../../shared';
import { PLUGIN_ID } from './pluginId';

export const BASE = `/${PLUGIN_ID}`;

/** `GET /commune-tenancy/me/communes`, as far as this page reads it. */
interface MyCommunesAnswer {
  data: { communes: Array<{ documentId: string; name: string }>; current: string | null; allCommunes: boolean };
}

export interface Me {
  /** Province staff (province IT, the province viewer): the overview of every commune. */
  allCommunes: boolean;
  /** The commune the user works on now, if any. */
  current: { documentId: string; name: string } | null;
}

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/** One GET, asked again when its path or query changes; nothing is asked while `path` is null. */
function useGet<T>(path: string | null): Loaded<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Loaded<T>>({ data: null, error: null, loading: path !== null });
  React.useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    get<T>(path).then(
      (response) => current && setState({ data: response.data, error: null, loading: false }),
      (failure: unknown) => current && setState({ data: null, error: failure, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [get, path]);
  return state;
}

export function useMe(): Loaded<Me> {
  const answer = useGet<MyCommunesAnswer>('/commune-tenancy/me/communes');
  const data = answer.data?.data;
  const me = data
    ? { allCommunes: data.allCommunes, current: data.communes.find((commune) => commune.documentId === data.current) ?? null }
    : null;
  return { data: me, error: answer.error, loading: answer.loading };
}

export const useOverview = (enabled: boolean): Loaded<OverviewResponse> => useGet<OverviewResponse>(enabled ? `${BASE}/overview` : null);

export const useCommuneDashboard = (commune: string | null): Loaded<CommuneDashboardResponse> =>
  useGet<CommuneDashboardResponse>(commune === null ? null : `${BASE}/commune?commune=${encodeURIComponent(commune)}`);

/** Saves the overview's .xlsx as the browser's download. */
export function useOverviewExport(): { exporting: boolean; failed: boolean; run(): Promise<void> } {
  const { get } = useFetchClient();
  const [exporting, setExporting] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  const run = async (): Promise<void> => {
    setExporting(true);
    setFailed(false);
    try {
      const response = await get<Blob>(`${BASE}/overview/export`, { responseType: 'blob' });
      const disposition = String((response as { headers?: Record<string, string> }).headers?.['content-disposition'] ?? '');
      // A temporary link is how a browser saves a Blob under a chosen name.
      const url = URL.createObjectURL(response.data);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'tong-quan-cac-xa.xlsx';
      window.document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch {
      setFailed(true);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, failed, run };
}

/**
 * Our servers' refusals are Vietnamese and shown as they come; Strapi's generic ones are English
 * ASCII, and Vietnamese always has a letter outside ASCII, so those get the fallback.
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && /[^\u0020-\u007e]/.test(message)) return message;
  }
  return fallback;
}
