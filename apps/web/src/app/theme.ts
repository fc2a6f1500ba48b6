// The console's antd theme: App's ConfigProvider and the build-time style extraction (antd-styles.ts) use
// this one object, so the styles computed at build time are the ones the browser would compute.
import type { ThemeConfig } from 'antd';

export const THEME: ThemeConfig = { token: { colorPrimary: '#1d5fbf' } };
