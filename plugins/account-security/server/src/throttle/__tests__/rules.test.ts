import { admit, delayAfter, takeBack, type CounterState, type ThrottleRule } from '../rules';

const ACCOUNT: ThrottleRule = {
  freeFailures: 3,
  baseDelaySeconds: 2,
  maxDelaySeconds: 300,
  lockAfter: 10,
  lockSeconds: 1800,
  windowSeconds: 86400,
};
const ADDRESS: ThrottleRule = {
  freeFailures: 29,
  baseDelaySeconds: 0,
  maxDelaySeconds: 0,
  lockAfter: 30,
  lockSeconds: 900,
  windowSeconds: 900,
};
const T0 = new Date('2026-12-06T07:00:00Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

describe('the delay after each failure', () => {
  it.each([
    [1, 0],
    [3, 0],
    [4, 2],
    [5, 4],
    [6, 8],
    [9, 64],
    [20, 300],
  ])('failure %i → %i s', (failures, seconds) => {
    expect(delayAfter(failures, ACCOUNT)).toBe(seconds);
  });

  it('an address has no delays, only its block', () => {
    expect(delayAfter(29, ADDRESS)).toBe(0);
  });
});

describe('admitting attempts', () => {
  /** Fails `count` times, each as soon as allowed; returns the row and the clock. */
  function failRun(count: number, rule: ThrottleRule): { state: CounterState; now: Date } {
    let state: CounterState | null = null;
    let now = T0;
    for (let attempt = 0; attempt < count; attempt += 1) {
      let decision = admit(state, rule, now);
      if (!decision.admitted) {
        now = new Date(now.getTime() + decision.retryAfterSeconds * 1000);
        decision = admit(state, rule, now);
      }
      if (!decision.admitted) throw new Error('still refused after waiting');
      state = decision.next;
    }
    if (!state) throw new Error('no attempt made');
    return { state, now };
  }

  it('counts the attempt before the password is checked', () => {
    const decision = admit(null, ACCOUNT, T0);
    expect(decision).toMatchObject({ admitted: true, locksIfWrong: false, next: { failures: 1, blockedUntil: null } });
  });

  it('refuses during a delay with the seconds left, and admits when it is over', () => {
    const { state, now } = failRun(4, ACCOUNT);
    expect(admit(state, ACCOUNT, now)).toEqual({ admitted: false, reason: 'delayed', retryAfterSeconds: 2 });
    expect(admit(state, ACCOUNT, at((now.getTime() - T0.getTime()) / 1000 + 2)).admitted).toBe(true);
  });

  it('the tenth failure locks for the lock time; the right password is refused the same way', () => {
    const { state, now } = failRun(9, ACCOUNT);
    const tenth = admit(state, ACCOUNT, state.blockedUntil ?? now);
    expect(tenth).toMatchObject({ admitted: true, locksIfWrong: true });
    if (!tenth.admitted) throw new Error('unreachable');
    const later = new Date((tenth.next.lockedAt ?? now).getTime() + 60_000);
    expect(admit(tenth.next, ACCOUNT, later)).toEqual({ admitted: false, reason: 'locked', retryAfterSeconds: 1740 });
  });

  it('a finished lock gives the free attempts back', () => {
    const { state } = failRun(10, ACCOUNT);
    const after = new Date((state.blockedUntil ?? T0).getTime() + 1000);
    expect(admit(state, ACCOUNT, after)).toMatchObject({ admitted: true, next: { failures: 1, blockedUntil: null, lockedAt: null } });
  });

  it('failures older than the window are forgotten', () => {
    const { state } = failRun(3, ADDRESS);
    expect(admit(state, ADDRESS, at(901))).toMatchObject({ admitted: true, next: { failures: 1 } });
  });

  it('an address is blocked at its 30th failure, across accounts', () => {
    const { state, now } = failRun(30, ADDRESS);
    expect(admit(state, ADDRESS, now)).toEqual({ admitted: false, reason: 'locked', retryAfterSeconds: 900 });
  });

  it('a right password takes its own attempt back from the address, lifting a block it alone started', () => {
    const { state } = failRun(30, ADDRESS);
    expect(takeBack(state, ADDRESS)).toMatchObject({ failures: 29, blockedUntil: null, lockedAt: null });
    const { state: earlier } = failRun(5, ADDRESS);
    expect(takeBack(earlier, ADDRESS)).toMatchObject({ failures: 4 });
  });
});
