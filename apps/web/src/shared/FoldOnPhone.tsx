// Content beside the main column on a wide screen (filters), folded behind its summary on a phone, so that
// the results come first there and the filters are one tap away.
import { Grid } from 'antd';
import type { ReactNode } from 'react';

export function FoldOnPhone({ summary, children }: { summary: string; children: ReactNode }) {
  const screens = Grid.useBreakpoint();
  if (screens.md !== false) return <>{children}</>;
  return (
    <details className="tm-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
