// Build-time antd styles. antd 5 computes each component's CSS in the browser (CSS-in-JS) the first time
// it renders: on a cold load of the catalogue that is a third of the main thread's work. This plugin
// renders each antd component the console imports once in Node at build time with the console's theme, writes their CSS to
// a hashed file linked from index.html, and lets @ant-design/cssinjs find each style there (its
// cache-path map, read with getComputedStyle before the first render), so the browser skips the work.
// A component whose style is not in the file (a modal, a tooltip) is styled at runtime as before.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { THEME } from './src/app/theme.ts';

const require = createRequire(import.meta.url);

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));

/** The antd components the console imports (`import { … } from 'antd'` anywhere under src/). */
export function usedComponents(sources: string[]): string[] {
  const names = new Set<string>();
  for (const text of sources)
    for (const m of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'antd'/g))
      for (const part of m[1]!.split(',')) if (/^[A-Z]\w*$/.test(part.trim())) names.add(part.trim()); // components, not `type X`
  return [...names].sort();
}

// overlays render nothing without a trigger and an open state; their styles are made at runtime
const NOT_RENDERED = new Set([
  'ConfigProvider',
  'Popconfirm',
  'Popover',
  'Tooltip',
  'Modal',
  'Drawer',
  'Dropdown',
]);

/** A function or a forwardRef/memo object, not a namespace of hooks like `Grid`. */
const isComponent = (value: unknown): boolean =>
  typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value);

function antdCss(components: string[]): string {
  // CommonJS, as antd's Node build is: the same antd and @ant-design/cssinjs the bundle uses (one version
  // of each, hoisted), so the style hashes agree with the browser's
  const React = require('react') as typeof import('react');
  const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
  const antd = require('antd') as Record<string, React.ComponentType | undefined>;
  const cssinjs = require('@ant-design/cssinjs') as typeof import('@ant-design/cssinjs');
  const cache = cssinjs.createCache();
  const nodes = components
    .filter((name) => !NOT_RENDERED.has(name) && isComponent(antd[name]))
    .map((name) => React.createElement(antd[name]!, { key: name }));
  renderToString(
    React.createElement(
      cssinjs.StyleProvider,
      { cache },
      React.createElement(
        antd.ConfigProvider as React.ComponentType<{ theme: typeof THEME }>,
        { theme: THEME },
        nodes,
      ),
    ),
  );
  return cssinjs.extractStyle(cache, { plain: true, types: ['style', 'token'] });
}

export function antdStaticStyles(): Plugin {
  let href = '';
  return {
    name: 'techmarket:antd-static-styles',
    apply: 'build',
    generateBundle() {
      const css = antdCss(usedComponents(sourcesUnder(fileURLToPath(new URL('./src', import.meta.url)))));
      if (!css.includes('data-ant-cssinjs-cache-path'))
        throw new Error('antd styles: no cache-path map was extracted');
      const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
      const fileName = `assets/antd-${hash}.css`;
      this.emitFile({ type: 'asset', fileName, source: css });
      href = `/${fileName}`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // the console's page only (explorer.html is GraphiQL, no antd); first in <head>, so the console's own
        // stylesheets, which override antd's (the header, the footer), come after it as the runtime styles did
        if (!href || !ctx.filename.endsWith('index.html')) return html;
        return [{ tag: 'link', attrs: { rel: 'stylesheet', href }, injectTo: 'head-prepend' }];
      },
    },
  };
}
