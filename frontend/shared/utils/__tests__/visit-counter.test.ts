import { visitCounterText, withVisitCounter } from '../visit-counter';

describe('the visit counter line', () => {
  it('reads in Vietnamese with Vietnamese digit grouping', () => {
    expect(visitCounterText({ today: 1234, total: 1234567 })).toBe('Lượt truy cập: hôm nay 1.234 · tổng số 1.234.567');
  });

  it('is replaced in a cached page, and nothing else is', () => {
    const page =
      '<p>hôm nay 9</p><p class="site-footer__visits" data-testid="visit-counter" data-visit-counter>Lượt truy cập: hôm nay 1 · tổng số 2</p><p>x</p>';
    expect(withVisitCounter(page, { today: 3, total: 43 })).toBe(
      '<p>hôm nay 9</p><p class="site-footer__visits" data-testid="visit-counter" data-visit-counter>Lượt truy cập: hôm nay 3 · tổng số 43</p><p>x</p>',
    );
  });

  it('ignores the attribute name in text, in another element or as part of another name, and finds the real one after them', () => {
    const page =
      '<p>Ghi chú: data-visit-counter</p><span data-visit-counter>giữ</span><p data-visit-counter-old>giữ</p>' +
      '<p class="site-footer__visits" data-visit-counter>Lượt truy cập: hôm nay 1 · tổng số 2</p>';
    expect(withVisitCounter(page, { today: 5, total: 1000 })).toBe(
      '<p>Ghi chú: data-visit-counter</p><span data-visit-counter>giữ</span><p data-visit-counter-old>giữ</p>' +
        '<p class="site-footer__visits" data-visit-counter>Lượt truy cập: hôm nay 5 · tổng số 1.000</p>',
    );
  });

  it('gives the new figures when they change between two views', () => {
    const page = '<p data-visit-counter="">x</p>';
    expect(withVisitCounter(page, { today: 1, total: 2 })).toBe('<p data-visit-counter="">Lượt truy cập: hôm nay 1 · tổng số 2</p>');
    expect(withVisitCounter(page, { today: 2, total: 3 })).toBe('<p data-visit-counter="">Lượt truy cập: hôm nay 2 · tổng số 3</p>');
  });

  it('leaves a page without the counter as it is', () => {
    expect(withVisitCounter('<p>Lỗi 404</p>', { today: 1, total: 1 })).toBe('<p>Lỗi 404</p>');
  });
});
