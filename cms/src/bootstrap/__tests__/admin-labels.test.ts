import { CONTENT_TYPE_LABELS, applyLabels } from '../admin-labels';

const configuration = {
  settings: { mainField: 'number', pageSize: 10 },
  metadatas: {
    number: { edit: { label: 'number' }, list: { label: 'number' } },
    numberSymbol: { edit: { label: 'numberSymbol' }, list: { label: 'numberSymbol' } },
    issueDate: { edit: { label: 'issueDate' }, list: { label: 'issueDate' } },
    summary: { edit: { label: 'Trích yếu do tỉnh sửa' }, list: { label: 'summary' } },
    commune: { edit: { label: 'commune' }, list: { label: 'commune' } },
    createdAt: { edit: { label: 'createdAt' }, list: { label: 'createdAt' } },
  },
  layouts: { list: ['id', 'number', 'symbol'] },
};

describe('applyLabels', () => {
  const wanted = CONTENT_TYPE_LABELS['api::document.document'];
  if (!wanted) throw new Error('document labels missing');
  const result = applyLabels(configuration, wanted);

  it('replaces default labels with Vietnamese ones, in the edit view and the list', () => {
    expect(result.metadatas.number).toEqual({ edit: { label: 'Số (ví dụ: 239)' }, list: { label: 'Số (ví dụ: 239)' } });
    expect(result.metadatas.commune?.edit?.label).toBe('Xã, phường');
  });

  it('keeps a label that someone has already changed', () => {
    expect(result.metadatas.summary?.edit?.label).toBe('Trích yếu do tỉnh sửa');
    expect(result.metadatas.summary?.list?.label).toBe('Trích yếu (tối đa 500 ký tự)');
  });

  it('makes the derived written number read-only and lists the columns editors scan by', () => {
    expect(result.metadatas.numberSymbol?.edit).toEqual({ label: 'Số, ký hiệu (tự động)', editable: false });
    expect(result.metadatas.number?.edit?.editable).toBeUndefined();
    expect(result.layouts.list).toEqual(['numberSymbol', 'issueDate', 'commune']);
  });

  it('leaves fields it has no label for untouched and names entries by their written number', () => {
    expect(result.metadatas.createdAt?.edit?.label).toBe('createdAt');
    expect(result.settings).toEqual({ mainField: 'numberSymbol', pageSize: 10 });
  });
});

describe('the public answer’s tracking code', () => {
  const wanted = CONTENT_TYPE_LABELS['api::question-answer.question-answer'];
  if (!wanted) throw new Error('question-answer labels missing');
  const result = applyLabels(
    {
      settings: { mainField: 'id' },
      metadatas: { trackingCode: { edit: { label: 'trackingCode' }, list: { label: 'trackingCode' } } },
      layouts: { list: ['id'] },
    },
    wanted,
  );

  it('is labelled for editors and not editable: the citizen looks the question up by it', () => {
    expect(result.metadatas.trackingCode?.edit).toEqual({ label: 'Mã tra cứu của người hỏi (tự động, không công khai)', editable: false });
  });
});
