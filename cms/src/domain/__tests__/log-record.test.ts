import { logRecord } from '../log-record';

describe('a production log line is one JSON object without secrets', () => {
  const now = new Date('2026-12-06T07:00:00.000Z');

  it("carries time, level, message and the request's fields", () => {
    const line = logRecord(
      {
        level: 'http',
        message: 'POST /admin/users (12 ms) 201',
        requestId: 'r-1',
        userId: 3,
        clientAddress: '203.0.113.7',
        method: 'POST',
        route: '/admin/users',
        status: 201,
        durationMs: 11.6,
      },
      now,
    );
    expect(JSON.parse(line)).toEqual({
      time: '2026-12-06T07:00:00.000Z',
      level: 'http',
      message: 'POST /admin/users (12 ms) 201',
      requestId: 'r-1',
      userId: 3,
      clientAddress: '203.0.113.7',
      method: 'POST',
      route: '/admin/users',
      status: 201,
      durationMs: 11.6,
    });
    expect(line).not.toContain('\n');
  });

  it('drops fields named like secrets and objects, and redacts tokens in every string', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const parsed = JSON.parse(
      logRecord(
        {
          level: '\u001b[31merror\u001b[39m',
          message: `failed with ${jwt}`,
          password: 'x',
          apiToken: 'y',
          headers: { authorization: 'z' },
          url: `/x?code=123`,
        },
        now,
      ),
    ) as Record<string, unknown>;
    expect(parsed).toEqual({ time: now.toISOString(), level: 'error', message: 'failed with [REDACTED]', url: '/x?code=[REDACTED]' });
  });
});
