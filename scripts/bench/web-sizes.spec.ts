import { initialFiles, pageKeys, signedInOnly, type Manifest } from './web-sizes.js';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/A/Page.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_antd.js': { file: 'assets/antd.js', imports: ['_vendor.js'] },
  'src/a/HomePage.tsx': { file: 'assets/home.js', isDynamicEntry: true, imports: ['_antd.js', '_vendor.js'] },
  'src/a/Other.tsx': { file: 'assets/other.js', isDynamicEntry: true },
  'src/a/LaterPage.tsx': {
    file: 'assets/later.js',
    isDynamicEntry: true,
    dynamicImports: ['src/a/Other.tsx'],
  },
};

describe('initial script from the Vite manifest', () => {
  it('counts the entry, the page and their static imports once each, not dynamic imports', () => {
    expect(initialFiles(manifest, ['index.html', 'src/a/HomePage.tsx'])).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/home.js',
      'assets/antd.js',
    ]);
    expect(initialFiles(manifest, ['index.html', 'src/a/LaterPage.tsx'])).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/later.js',
    ]);
  });

  it('lists the lazy pages and refuses a key the manifest lacks', () => {
    expect(pageKeys(manifest)).toEqual(['src/a/HomePage.tsx', 'src/a/LaterPage.tsx']);
    expect(() => initialFiles(manifest, ['nope'])).toThrow('nope is not in the manifest');
  });
});

describe('signedInOnly', () => {
  it('marks the workspace and review pages, not the public ones', () => {
    expect(signedInOnly('src/features/workspace/MyNeedsPage.tsx')).toBe(true);
    expect(signedInOnly('src/features/review/ReviewPage.tsx')).toBe(true);
    expect(signedInOnly('src/features/catalog/AchievementsPage.tsx')).toBe(false);
    expect(signedInOnly('src/features/trading/TradeRoomPage.tsx')).toBe(false);
    expect(signedInOnly('src/app/HomePage.tsx')).toBe(false);
  });
});
