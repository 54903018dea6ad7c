import { DOCUMENT_STATUS_LABELS, documentStatusOn, statusSentence, type IncomingRelation, type StatusDates } from '../document-status';

const dates = (effectiveDate: string | null, expiryDate: string | null = null, issueDate = '2022-06-24'): StatusDates => ({
  issueDate,
  effectiveDate,
  expiryDate,
});
const decree42 = dates('2022-08-15');
const by = (relationKind: string, effectiveDate: string | null, name: string, issueDate = '2026-05-15'): IncomingRelation<string> => ({
  relationKind,
  dates: dates(effectiveDate, null, issueDate),
  document: name,
});

describe('documentStatusOn', () => {
  it('is in force from its effective date when nothing points at it', () => {
    const status = documentStatusOn(decree42, [], '2026-01-10');
    expect(status).toMatchObject({ kind: 'in_force', label: 'Còn hiệu lực', since: '2022-08-15', cause: null, changes: [] });
  });

  it('is replaced from the replacing document’s effective date, not its issue date', () => {
    const replacement = by('Thay thế', '2026-07-01', '224/2026/NĐ-CP');
    const before = documentStatusOn(decree42, [replacement], '2026-06-30');
    expect(before.kind).toBe('in_force');
    // The announced replacement is shown before it applies.
    expect(before.changes).toEqual([{ kind: 'replaced', label: 'Bị thay thế bởi', from: '2026-07-01', document: '224/2026/NĐ-CP' }]);
    const after = documentStatusOn(decree42, [replacement], '2026-07-01');
    expect(after).toMatchObject({
      kind: 'expired',
      label: 'Hết hiệu lực',
      since: '2026-07-01',
      cause: { kind: 'replaced', document: '224/2026/NĐ-CP' },
    });
  });

  it('takes a replacing document without an effective date as applying from its issue date', () => {
    const status = documentStatusOn(decree42, [by('Thay thế', null, '15/QĐ-UBND', '2026-03-02')], '2026-03-02');
    expect(status).toMatchObject({ kind: 'expired', since: '2026-03-02' });
  });

  it('is repealed by a repeal in effect, and says which', () => {
    const status = documentStatusOn(decree42, [by('Bãi bỏ', '2025-01-01', 'NQ-HĐND')], '2026-01-01');
    expect(status).toMatchObject({ kind: 'expired', since: '2025-01-01', cause: { kind: 'repealed', label: 'Bị bãi bỏ bởi' } });
  });

  it('ends on the earlier of its expiry date and a replacement', () => {
    const early = documentStatusOn(dates('2022-08-15', '2024-12-31'), [by('Thay thế', '2026-07-01', 'new')], '2026-12-06');
    expect(early).toMatchObject({ kind: 'expired', since: '2024-12-31', cause: null });
    const late = documentStatusOn(dates('2022-08-15', '2027-01-01'), [by('Thay thế', '2026-07-01', 'new')], '2026-12-06');
    expect(late).toMatchObject({ kind: 'expired', since: '2026-07-01', cause: { kind: 'replaced' } });
    const same = documentStatusOn(dates('2022-08-15', '2026-07-01'), [by('Thay thế', '2026-07-01', 'new')], '2026-12-06');
    expect(same).toMatchObject({ kind: 'expired', since: '2026-07-01', cause: { kind: 'replaced' } });
  });

  it('is expired by its own expiry date alone, on that day', () => {
    expect(documentStatusOn(dates('2023-03-15', '2025-08-12'), [], '2025-08-12')).toMatchObject({ kind: 'expired', since: '2025-08-12' });
    expect(documentStatusOn(dates('2023-03-15', '2025-08-12'), [], '2025-08-11').kind).toBe('in_force');
  });

  it('is not yet in force before its effective date, even when already amended', () => {
    const status = documentStatusOn(
      dates('2027-01-01', null, '2026-11-01'),
      [by('Sửa đổi, bổ sung', '2026-12-01', 'amending')],
      '2026-12-06',
    );
    expect(status).toMatchObject({ kind: 'not_yet_in_force', since: '2027-01-01', label: 'Chưa có hiệu lực' });
  });

  it('is partly ended by an amendment or a partial repeal in effect', () => {
    const amended = documentStatusOn(decree42, [by('Sửa đổi, bổ sung', '2024-02-15', 'sửa đổi')], '2026-01-01');
    expect(amended).toMatchObject({
      kind: 'partly_in_force',
      label: 'Hết hiệu lực một phần',
      since: '2024-02-15',
      cause: { kind: 'amended' },
    });
    const partly = documentStatusOn(decree42, [by('Bãi bỏ một phần', '2025-05-01', 'bãi bỏ')], '2026-01-01');
    expect(partly).toMatchObject({ kind: 'partly_in_force', cause: { kind: 'partly_repealed', label: 'Bị bãi bỏ một phần bởi' } });
    expect(documentStatusOn(decree42, [by('Sửa đổi, bổ sung', '2027-01-01', 'later')], '2026-01-01').kind).toBe('in_force');
  });

  it('prefers an ending to a partial change, and lists every change in date order', () => {
    const status = documentStatusOn(
      decree42,
      [
        by('Thay thế', '2026-07-01', 'replacing'),
        by('Căn cứ', '2023-01-01', 'based on it'),
        by('Sửa đổi, bổ sung', '2024-02-15', 'amending'),
      ],
      '2026-12-06',
    );
    expect(status.kind).toBe('expired');
    // "Căn cứ" (cited as a basis) and "Hướng dẫn" change nothing and are not changes.
    expect(status.changes.map((change) => change.document)).toEqual(['amending', 'replacing']);
  });

  it('ignores relations that change nothing', () => {
    const status = documentStatusOn(
      decree42,
      [by('Hướng dẫn', '2024-02-15', 'circular'), by('Căn cứ', '2025-01-01', 'decision')],
      '2026-01-01',
    );
    expect(status).toMatchObject({ kind: 'in_force', changes: [] });
  });

  it('uses the issue date when there is no effective date, and has no date when there is neither', () => {
    expect(documentStatusOn(dates(null, null, '2026-11-01'), [], '2026-12-06')).toMatchObject({ kind: 'in_force', since: '2026-11-01' });
    expect(documentStatusOn({ issueDate: null, effectiveDate: null, expiryDate: null }, [], '2026-12-06')).toMatchObject({
      kind: 'in_force',
      since: null,
    });
  });
});

describe('statusSentence', () => {
  const format = (iso: string): string => iso.split('-').reverse().join('/');
  it('says the status and the day it applies from', () => {
    expect(statusSentence({ kind: 'expired', since: '2026-07-01' }, format)).toBe('Hết hiệu lực từ ngày 01/07/2026');
    expect(statusSentence({ kind: 'not_yet_in_force', since: '2027-01-01' }, format)).toBe(
      'Chưa có hiệu lực (có hiệu lực từ ngày 01/01/2027)',
    );
    expect(statusSentence({ kind: 'in_force', since: null }, format)).toBe(DOCUMENT_STATUS_LABELS.in_force);
  });
});
