/**
 * What the home page's "Việc của bạn" shows, read from the plugins' own admin routes: the
 * board's queues (editorial-board) and whether the person works for the whole province or in
 * communes (commune-tenancy).
 */
import { useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import type { MyCommunes } from '@commune/commune-tenancy/shared';
import type { QueuesResponse } from '@commune/editorial-board/shared';

export interface WorkSummary {
  /** Province IT and province viewers: every commune, no board of their own. */
  province: boolean;
  communeNames: string[];
  queues: QueuesResponse['data'];
}

export type WorkState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; summary: WorkSummary };

export function useWorkSummary(): WorkState {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<WorkState>({ status: 'loading' });
  React.useEffect(() => {
    let current = true;
    Promise.all([get<MyCommunes>('/commune-tenancy/me/communes'), get<QueuesResponse>('/editorial-board/queues')]).then(
      ([communes, queues]) => {
        if (!current) return;
        const mine = communes.data.data;
        setState({
          status: 'ready',
          summary: { province: mine.allCommunes, communeNames: mine.communes.map((commune) => commune.name), queues: queues.data.data },
        });
      },
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [get]);
  return state;
}
