import { foldersTouched } from '../media-folders';

describe('folders a create or update request touches', () => {
  it('are the folder in the path and the parent in the body, ids as numbers', () => {
    expect(foldersTouched({ request: { body: { name: 'Ảnh', parent: 12 } } })).toEqual([12]);
    expect(foldersTouched({ params: { id: '7' }, request: { body: { name: 'Ảnh', parent: '12' } } })).toEqual([7, 12]);
    expect(foldersTouched({ params: { id: '7' }, request: { body: { name: 'Ảnh', parent: null } } })).toEqual([7]);
    expect(foldersTouched({ request: { body: null } })).toEqual([]);
    expect(foldersTouched({ request: { body: { parent: 'x1' } } })).toEqual([]);
  });
});
