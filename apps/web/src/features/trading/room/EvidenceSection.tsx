// 存证 (the evidence chain): a collapsed section whose content, with its query and table, is loaded when opened.
import { Collapse, Spin } from 'antd';
import { lazy, Suspense } from 'react';

const EvidenceChain = lazy(() => import('./EvidenceChain'));

export function EvidenceSection({ listingId }: { listingId: string }) {
  return (
    <Collapse
      style={{ marginTop: 16 }}
      destroyOnHidden
      items={[
        {
          key: 'evidence',
          label: '存证（证据链）',
          children: (
            <Suspense fallback={<Spin />}>
              <EvidenceChain listingId={listingId} />
            </Suspense>
          ),
        },
      ]}
    />
  );
}
