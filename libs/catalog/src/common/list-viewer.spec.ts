import { listScope } from './list-viewer.js';

const ALL = ['DRAFT', 'PENDING_REVIEW', 'LISTED', 'IN_TRADE', 'DEALT'];
const PUBLIC = ['LISTED', 'IN_TRADE', 'DEALT'];
const scope = (statuses: string[], viewer: string | null, ownerId?: string) =>
  listScope({ statuses, allStatuses: ALL, publicStatuses: PUBLIC, viewer, ownerId });

describe('listScope', () => {
  it('leaves the visibility out when only public statuses are asked for', () => {
    expect(scope(['LISTED', 'DEALT'], 'ANONYMOUS')).toEqual({ statuses: ['LISTED', 'DEALT'], viewer: null });
    expect(scope(PUBLIC, 'org-1')).toEqual({ statuses: PUBLIC, viewer: null });
  });

  it('keeps the viewer as soon as one status asked for is not public, unless the list is its own', () => {
    expect(scope(['LISTED', 'DRAFT'], 'ANONYMOUS')).toEqual({
      statuses: ['LISTED', 'DRAFT'],
      viewer: 'ANONYMOUS',
    });
    expect(scope(['DRAFT'], 'org-1', 'org-2')).toEqual({ statuses: ['DRAFT'], viewer: 'org-1' });
    expect(scope(['DRAFT'], 'org-1', 'org-1')).toEqual({ statuses: ['DRAFT'], viewer: null });
    expect(scope([], 'org-1')).toEqual({ statuses: [], viewer: 'org-1' });
  });

  it('leaves the status condition out when every status is asked for, never the visibility of others', () => {
    expect(scope(ALL, 'org-1', 'org-1')).toEqual({ statuses: undefined, viewer: null });
    expect(scope(ALL, 'ANONYMOUS', 'org-1')).toEqual({ statuses: undefined, viewer: 'ANONYMOUS' });
    expect(scope(ALL, null)).toEqual({ statuses: undefined, viewer: null });
  });
});
