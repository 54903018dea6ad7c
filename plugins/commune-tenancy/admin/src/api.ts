/**
 * The plugin's admin API, as the admin panel calls it (admin JWT through Strapi's fetch client).
 * Types come from the plugin's shared folder, the same ones the server answers with.
 */
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import type {
  AddCommuneRequest,
  AddCommuneResult,
  AdminCommune,
  AdminCommuneList,
  AdminCommuneResult,
  CommuneMember,
  CommuneMemberList,
  InvitationRequest,
  InvitationResult,
  MyCommunes,
  ResetResult,
  SelectCommuneRequest,
} from '../../shared';
import { PLUGIN_ID } from './pluginId';

const BASE = `/${PLUGIN_ID}`;

export interface ProvinceApi {
  /** One page of the communes that match the words of `q` (name, code, domain; accents ignored). */
  listCommunes(query: { page: number; q: string }): Promise<AdminCommuneList>;
  /** "Thêm xã, phường": the whole commune in one transaction, or a refusal (400/409) with its reasons. */
  addCommune(request: AddCommuneRequest): Promise<AddCommuneResult['data']>;
  setStatus(documentId: string, action: 'suspend' | 'resume'): Promise<AdminCommune>;
  listMembers(communeDocumentId: string): Promise<CommuneMember[]>;
  invite(request: InvitationRequest): Promise<InvitationResult['data']>;
  reset(membershipId: number): Promise<string>;
  /** Removes the person's second factor (plugins/two-factor): they enrol again at next sign-in. */
  resetTwoFactor(adminUserId: number): Promise<void>;
  remove(membershipId: number): Promise<void>;
  /** Admin user ids whose account is locked after failed sign-ins (plugins/account-security). */
  lockedUserIds(): Promise<Set<number>>;
  unlock(adminUserId: number): Promise<void>;
}

/** `GET /account-security/locks`, as far as this page reads it. */
interface LockedAccounts {
  data: Array<{ userId: number }>;
}

/** Province IT's calls; the server refuses them (403) to anyone else. */
export function useProvinceApi(): ProvinceApi {
  const { get, post, del } = useFetchClient();
  return React.useMemo<ProvinceApi>(
    () => ({
      listCommunes: async ({ page, q }) =>
        (await get<AdminCommuneList>(`${BASE}/communes-admin`, { params: { page, ...(q ? { q } : {}) } })).data,
      addCommune: async (request) => (await post<AddCommuneResult, AddCommuneRequest>(`${BASE}/communes-admin`, request)).data.data,
      setStatus: async (documentId, action) =>
        (await post<AdminCommuneResult>(`${BASE}/communes-admin/${encodeURIComponent(documentId)}/${action}`)).data.data,
      listMembers: async (communeDocumentId) =>
        (await get<CommuneMemberList>(`${BASE}/memberships`, { params: { commune: communeDocumentId } })).data.data,
      invite: async (request) => (await post<InvitationResult, InvitationRequest>(`${BASE}/invitations`, request)).data.data,
      reset: async (membershipId) => (await post<ResetResult>(`${BASE}/memberships/${membershipId}/reset`)).data.data.inviteUrl,
      resetTwoFactor: async (adminUserId) => {
        await post(`/two-factor/users/${adminUserId}/reset`);
      },
      remove: async (membershipId) => {
        await del(`${BASE}/memberships/${membershipId}`);
      },
      lockedUserIds: async () => new Set((await get<LockedAccounts>('/account-security/locks')).data.data.map((lock) => lock.userId)),
      unlock: async (adminUserId) => {
        await del(`/account-security/locks/${adminUserId}`);
      },
    }),
    [get, post, del],
  );
}

export type MyCommunesData = MyCommunes['data'];

export interface MyCommunesState {
  data: MyCommunesData | null;
  error: unknown;
  /** Selects a commune; resolves with the new state, rejects with the server's error. */
  select(documentId: string): Promise<MyCommunesData>;
}

/** The logged-in user's communes and the selected one (`/me/…`). */
export function useMyCommunes(): MyCommunesState {
  const { get, put } = useFetchClient();
  const [data, setData] = React.useState<MyCommunesData | null>(null);
  const [error, setError] = React.useState<unknown>(null);

  React.useEffect(() => {
    let current = true;
    get<MyCommunes>(`${BASE}/me/communes`).then(
      (response) => current && setData(response.data.data),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [get]);

  const select = React.useCallback(
    async (documentId: string) => {
      const response = await put<MyCommunes, SelectCommuneRequest>(`${BASE}/me/selected-commune`, { commune: documentId });
      setData(response.data.data);
      return response.data.data;
    },
    [put],
  );

  return { data, error, select };
}
