// The initial script of each page of the console, from Vite's manifest (dist/web/.vite/manifest.json):
// the entry chunk, the page's lazy chunk, and every chunk they import statically, each counted once,
// with gzip sizes as the browser downloads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The files a page loads before it can run: `keys` and their static imports, transitively, once each. */
export function initialFiles(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/** Pages only a signed-in member or an operator opens (the workspace, the review desk); the size target is
 * for the public pages a visitor lands on. */
export const signedInOnly = (page: string): boolean => /\/features\/(workspace|review)\//.test(page);

/** The lazily loaded pages: dynamic entries whose source is a *Page.tsx. */
export const pageKeys = (manifest: Manifest): string[] =>
  Object.keys(manifest)
    .filter((k) => manifest[k]!.isDynamicEntry && /Page\.tsx$/.test(k))
    .sort();

export interface PageSize {
  page: string;
  files: number;
  gzipBytes: number;
  rawBytes: number;
}

/** The initial script of every page reached from `entry` (index.html), measured in `dir` (dist/web). */
export function pageSizes(dir: string, entry = 'index.html'): PageSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = readFileSync(join(dir, file));
      s = { raw: bytes.length, gzip: gzipSync(bytes).length };
      sizes.set(file, s);
    }
    return s;
  };
  return pageKeys(manifest).map((page) => {
    const files = initialFiles(manifest, [entry, page]).filter((f) => f.endsWith('.js'));
    return {
      page,
      files: files.length,
      rawBytes: files.reduce((n, f) => n + size(f).raw, 0),
      gzipBytes: files.reduce((n, f) => n + size(f).gzip, 0),
    };
  });
}
