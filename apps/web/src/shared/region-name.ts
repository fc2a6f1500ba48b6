// Region names for display, loaded after the page (the GB/T 2260 table is ~28 KB gzip): the code shows
// until the names arrive, so a public page's initial script stays small.
import { useEffect, useState } from 'react';
import type { RegionOption } from './regions';

type Namer = (code: string) => string | undefined;
let loaded: Namer | null = null;
let loading: Promise<Namer> | null = null;

const load = (): Promise<Namer> => (loading ??= import('./regions').then((m) => (loaded = m.regionName)));

/** 330106 → "浙江省 杭州市 西湖区": the province, city and county a code names, each once. */
export function regionPath(code: string, name: Namer): string {
  const parts = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code]
    .filter((c, i, all) => all.indexOf(c) === i)
    .map((c) => name(c))
    .filter((n): n is string => !!n);
  return parts.length ? [...new Set(parts)].join(' ') : code;
}

/** code → "省 市 区", or its own name alone when `full` is false (the code until the table has loaded). */
export function useRegionName(full = true): (code: string) => string {
  const [namer, setNamer] = useState<Namer | null>(() => loaded);
  useEffect(() => {
    if (namer) return;
    let live = true;
    void load().then((n) => live && setNamer(() => n));
    return () => {
      live = false;
    };
  }, [namer]);
  return (code) => (!namer ? code : full ? regionPath(code, namer) : (namer(code) ?? code));
}

/** The province → city options for a Cascader, loaded on first use (null until then). */
export function useRegionOptions(): RegionOption[] | null {
  const [options, setOptions] = useState<RegionOption[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('./regions').then((m) => live && setOptions(m.regionOptions()));
    return () => {
      live = false;
    };
  }, []);
  return options;
}
