import { visitCounterText, withVisitCounter } from '../visit-counter';

describe('the visit counter line', () => {
  it('reads in Vietnamese with Vietnamese digit grouping', () => {
    expect(visitCounterText({ today: 1234, total: 1234567 })).toBe('Lượt truy cập: hôm nay 1.234 · tổng số 1.234.567');
  });

  it('is replaced in a cached page, and nothing else is', () => {
    const page = '<p>hôm nay 9</p><p class="site-footer__visits" data-testid="visit-counter" data-visit-counter>Lượt truy cập: hôm nay 1 · tổng số 2</p><p>x</p>';
    expect(withVisitCounter(page, { today: 3, total: 43 })).toBe(
      '<p>hôm nay 9</p><p class="site-footer__visits" data-testid="visit-counter" data-visit-counter>Lượt truy cập: hôm nay 3 · tổng số 43</p><p>x</p>',
    );
  });

  it('leaves a page without the counter as it is', () => {
    expect(withVisitCounter('<p>Lỗi 404</p>', { today: 1, total: 1 })).toBe('<p>Lỗi 404</p>');
  });
});
