// A figure of the room: its label names its value (aria-labelledby), so "当前价" finds the price.
import { useId, type ReactNode } from 'react';

export function Figure({
  label,
  children,
  role,
  live,
}: {
  label: string;
  children: ReactNode;
  role?: 'timer';
  live?: boolean;
}) {
  const id = useId();
  return (
    <div className="tm-figure">
      <dt id={id}>{label}</dt>
      <dd aria-labelledby={id} role={role} aria-live={live ? 'polite' : undefined}>
        {children}
      </dd>
    </div>
  );
}

export function Figures({ children }: { children: ReactNode }) {
  return <dl className="tm-figures">{children}</dl>;
}
