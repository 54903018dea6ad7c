import type { SendOutcome } from '../../frontend/server/utils/day-batcher';

export interface Recorded<Batch> {
  sent: { commune: string; batch: Batch }[];
  logs: string[];
}

/**
 * A counter under test (VisitBatcher, SearchBatcher) whose batches are recorded and answered by
 * `outcome`, with its log kept and its timer too slow to fire: the tests flush.
 */
export function recordingBatcher<Batch, Queue>(
  make: (base: {
    send: (commune: string, batch: Batch) => Promise<SendOutcome>;
    log: (message: string) => void;
    intervalMs: number;
  }) => Queue,
  outcome: () => Promise<SendOutcome>,
): Recorded<Batch> & { queue: Queue } {
  const sent: Recorded<Batch>['sent'] = [];
  const logs: string[] = [];
  const queue = make({
    send: (commune, batch) => {
      sent.push({ commune, batch });
      return outcome();
    },
    log: (message) => logs.push(message),
    intervalMs: 60_000,
  });
  return { queue, sent, logs };
}
