// The console's one Apollo Client, made when the app loads (before the first render), so that a route can
// start its page's query while the page's chunk downloads. Where an expired session sends the browser is
// the router's to say (App sets it); until then a plain page load does.
import { createApolloClient } from './apollo';

let navigateTo: (to: string) => void = (to) => window.location.assign(to);

export const client = createApolloClient((to) => navigateTo(to));

export function navigateWith(navigate: (to: string) => void): void {
  navigateTo = navigate;
}
