import { choiceLabel, readableChoiceColumns } from '../choice-columns';

describe('list cells of choices', () => {
  it('names a stored code by its label and leaves stored words alone', () => {
    expect(choiceLabel('tin')).toBe('Tin ngắn');
    expect(choiceLabel('bai')).toBe('Bài viết');
    expect(choiceLabel('Đang triển khai')).toBe('Đang triển khai');
    expect(choiceLabel(null)).toBe('—');
    expect(choiceLabel('toString')).toBe('toString'); // not an inherited property of the table
  });

  it('formats enumeration columns only, keeping a formatter another plugin set', () => {
    const own = (): null => null;
    const headers = [
      { name: 'title', attribute: { type: 'string' } },
      { name: 'kind', attribute: { type: 'enumeration', enum: ['tin', 'bai'] } },
      { name: 'editorialState', attribute: { type: 'enumeration' }, cellFormatter: own },
    ];
    const { displayedHeaders } = readableChoiceColumns({ displayedHeaders: headers, layout: {} });
    expect(displayedHeaders[0]).toBe(headers[0]);
    expect(typeof displayedHeaders[1]?.cellFormatter).toBe('function');
    expect(displayedHeaders[2]?.cellFormatter).toBe(own);
  });
});
