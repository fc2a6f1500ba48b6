import { listViewer } from './list-viewer.js';

const PUBLIC = ['LISTED', 'IN_TRADE', 'DEALT'];

describe('listViewer', () => {
  it('leaves the visibility out when only public statuses are asked for', () => {
    expect(listViewer(['LISTED', 'DEALT'], PUBLIC, 'ANONYMOUS')).toBeNull();
    expect(listViewer(PUBLIC, PUBLIC, 'org-1')).toBeNull();
  });

  it('keeps the viewer as soon as one status asked for is not public', () => {
    expect(listViewer(['LISTED', 'DRAFT'], PUBLIC, 'ANONYMOUS')).toBe('ANONYMOUS');
    expect(listViewer(['DRAFT'], PUBLIC, 'org-1')).toBe('org-1');
    expect(listViewer([], PUBLIC, 'org-1')).toBe('org-1');
  });
});
