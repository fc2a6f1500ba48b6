// Small hooks every feature may use.
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '../graphql';
import { fieldTree, type FieldTreeOption } from './fields';
import { clockOffset, countdown, type Countdown } from './time';

const ServerTimeQuery = graphql(`
  query ServerTime {
    serverTime
  }
`);

const FieldsQuery = graphql(`
  query FieldTaxonomy {
    fields {
      code
      name
      parentCode
    }
  }
`);

let offsetMs: number | null = null;
let measuring: Promise<number> | null = null;

/** Server clock minus browser clock (ms), measured once per page load with the serverTime query. */
export function useClockOffset(): number {
  const [offset, setOffset] = useState(offsetMs ?? 0);
  const { refetch } = useQuery(ServerTimeQuery, { skip: true });
  useEffect(() => {
    if (offsetMs !== null) return;
    const sentAt = Date.now();
    measuring ??= refetch().then(({ data }) => {
      offsetMs = data ? clockOffset(sentAt, data.serverTime as string, Date.now()) : 0;
      return offsetMs;
    });
    let live = true;
    void measuring.then((o) => live && setOffset(o)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [refetch]);
  return offset;
}

/** The server's time now (ms), ticking every second. */
export function useServerNow(): number {
  const offset = useClockOffset();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}

/** A countdown to `endsAt` on the server clock, re-rendered every second. */
export function useCountdown(endsAt: string | Date): Countdown {
  return countdown(endsAt, useServerNow());
}

/** The field taxonomy as TreeSelect data. */
export function useFieldTree(): { tree: FieldTreeOption[]; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(FieldsQuery);
  const tree = useMemo(() => fieldTree(data?.fields ?? []), [data]);
  return { tree, loading, error };
}

/** document.title for a page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · 网上技术市场`;
  }, [title]);
}
