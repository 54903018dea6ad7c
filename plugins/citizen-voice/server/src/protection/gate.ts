/**
 * The rate limits and when to ask for the challenge, decided from counts of recent attempts kept
 * in PostgreSQL (every CMS process counts into the same rows). Pure: counts in, decision out.
 *
 * - One address: at most ACCEPTED_PER_HOUR accepted submissions of a form per hour, and at most
 *   ATTEMPTS_PER_MINUTE attempts of any kind per minute (a flood is cut at once).
 * - After REFUSALS_BEFORE_CHALLENGE refusals in an hour, that address must answer the challenge.
 * - When a commune receives more than COMMUNE_BUSY accepted submissions in ten minutes (a flood
 *   spread over many addresses), everyone on that commune must answer it: people still get
 *   through, scripts do not.
 */
export type Form = 'question' | 'comment' | 'rating';

export interface AttemptCounts {
  /** Attempts of this address in the last minute, any form, any outcome. */
  clientMinute: number;
  /** Accepted submissions of this form from this address in the last hour. */
  clientAccepted: number;
  /** Refused attempts of this address in the last hour. */
  clientRefused: number;
  /** Accepted questions and comments of this commune in the last ten minutes. */
  communeAccepted: number;
}

export const LIMITS = {
  attemptsPerMinute: 20,
  acceptedPerHour: { question: 5, comment: 5, rating: 60 } satisfies Record<Form, number>,
  refusalsBeforeChallenge: 3,
  communeBusy: 30,
} as const;

export type Gate = { kind: 'pass' } | { kind: 'limit'; retryAfter: number; message: string } | { kind: 'challenge'; wrongAnswer: boolean };

/** `challenge`: none sent, a right answer, or a wrong (or expired, or replayed) one. */
export function gate(form: Form, counts: AttemptCounts, challenge: 'none' | 'right' | 'wrong'): Gate {
  if (counts.clientMinute >= LIMITS.attemptsPerMinute) {
    return { kind: 'limit', retryAfter: 60, message: 'Bạn đã gửi quá nhiều lần trong một phút. Vui lòng đợi một phút rồi gửi lại.' };
  }
  if (counts.clientAccepted >= LIMITS.acceptedPerHour[form]) {
    const what = form === 'rating' ? 'đánh giá' : 'ý kiến';
    return {
      kind: 'limit',
      retryAfter: 3600,
      message: `Bạn đã gửi ${counts.clientAccepted} ${what} trong một giờ qua, là mức tối đa. Vui lòng gửi lại sau một giờ.`,
    };
  }
  // Ratings carry no challenge: their own limit (one vote per page and day) is enough.
  if (form === 'rating') return { kind: 'pass' };
  const suspicious = counts.clientRefused >= LIMITS.refusalsBeforeChallenge || counts.communeAccepted >= LIMITS.communeBusy;
  if (challenge === 'wrong') return { kind: 'challenge', wrongAnswer: true };
  if (suspicious && challenge !== 'right') return { kind: 'challenge', wrongAnswer: false };
  return { kind: 'pass' };
}
