import type { RouteObject } from 'react-router';

/** A route whose page is not built yet: it renders its title (lazily, like every page). */
export const placeholderRoute = (path: string, title: string): RouteObject => ({
  path,
  lazy: () =>
    import('./Placeholder').then((m) => ({
      Component: function PlaceholderPage() {
        return m.Placeholder({ title });
      },
    })),
});
