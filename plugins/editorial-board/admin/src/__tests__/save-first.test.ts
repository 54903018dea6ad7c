import { actAfterSave, forgetIntent, offerSave, saveHandlerFor, takeIntentAfterSave } from '../save-first';

const ARTICLE = 'api::article.article';

describe('save first, then act', () => {
  afterEach(() => forgetIntent());

  it('keeps the save of each item apart, and forgets it when the header no longer offers one', () => {
    const save = jest.fn();
    offerSave(ARTICLE, undefined, save);
    expect(saveHandlerFor(ARTICLE, undefined)).toBe(save);
    expect(saveHandlerFor(ARTICLE, 'abc')).toBeUndefined();
    offerSave(ARTICLE, undefined, undefined);
    expect(saveHandlerFor(ARTICLE, undefined)).toBeUndefined();
  });

  it('gives the intent of a new item to the panel of the item its save created, once', () => {
    actAfterSave(ARTICLE, undefined, { action: 'submit' });
    expect(takeIntentAfterSave(ARTICLE, undefined, undefined)).toBeNull(); // not saved yet
    expect(takeIntentAfterSave('api::document.document', 'new1', '2026-12-07T06:00:00.000Z')).toBeNull(); // another type
    expect(takeIntentAfterSave(ARTICLE, 'new1', '2026-12-07T06:00:00.000Z')?.request).toEqual({ action: 'submit' });
    expect(takeIntentAfterSave(ARTICLE, 'new1', '2026-12-07T06:00:00.000Z')).toBeNull();
  });

  it('waits for the save of an existing item to land (its updatedAt moves)', () => {
    actAfterSave(ARTICLE, '2026-12-07T05:00:00.000Z', { action: 'send', comment: 'Đã sửa' });
    expect(takeIntentAfterSave(ARTICLE, 'doc1', '2026-12-07T05:00:00.000Z')).toBeNull();
    expect(takeIntentAfterSave(ARTICLE, 'doc1', '2026-12-07T05:00:09.000Z')?.request).toEqual({ action: 'send', comment: 'Đã sửa' });
  });

  it('drops an intent a failed save left behind, so a later save sends nothing', () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T06:00:00Z') });
    try {
      actAfterSave(ARTICLE, undefined, { action: 'submit' });
      jest.setSystemTime(new Date('2026-12-07T06:00:16Z'));
      expect(takeIntentAfterSave(ARTICLE, 'new1', '2026-12-07T06:00:16.000Z')).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});
