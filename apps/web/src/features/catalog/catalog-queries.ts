// The catalogue lists' queries and their variables, read from the URL: the pages and their routes'
// preloads (shared/preload.ts) build them with the same functions, so both ask for the same thing.
import { graphql } from '../../graphql';
import type { Maturity, TransferMode } from '../../graphql/graphql';
import type { PageQuery } from '../../shared/preload';
import { readCatalogSearch, type CatalogSearch } from './catalog-url';

export const ACHIEVEMENTS_PAGE_SIZE = 10;
export const NEEDS_PAGE_SIZE = 10;

export const AchievementsQuery = graphql(`
  query CatalogAchievements($query: String, $filter: AchievementFilter, $first: Int, $after: String) {
    achievements(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      facets {
        fields {
          value
          count
        }
        regions {
          value
          count
        }
        maturity {
          value
          count
        }
        transferModes {
          value
          count
        }
      }
      edges {
        node {
          id
          title
          summary
          askingPrice
          maturity
          regionCode
          transferModes
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const NeedsQuery = graphql(`
  query CatalogNeeds($query: String, $filter: NeedFilter, $first: Int, $after: String) {
    needs(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          description
          budgetMin
          budgetMax
          regionCode
          deadline
          owner {
            id
            name
          }
          challenge {
            reward
            submissionDeadline
          }
        }
      }
    }
  }
`);

export const achievementsVariables = (search: CatalogSearch) => ({
  query: search.q || null,
  first: ACHIEVEMENTS_PAGE_SIZE,
  after: search.after,
  filter: {
    fieldCode: search.field,
    regionCode: search.region,
    maturity: search.maturity.length ? (search.maturity as Maturity[]) : null,
    transferModes: search.modes.length ? (search.modes as TransferMode[]) : null,
  },
});

/** 只看悬赏 is `challenges=1` in the URL. */
export const onlyChallenges = (params: URLSearchParams): boolean => params.get('challenges') === '1';

export const needsVariables = (search: CatalogSearch, challenges: boolean) => ({
  query: search.q || null,
  first: NEEDS_PAGE_SIZE,
  after: search.after,
  filter: challenges ? { challengesOnly: true } : null,
});

export const achievementsPreload = (url: URL): PageQuery => ({
  query: AchievementsQuery,
  variables: achievementsVariables(readCatalogSearch(url.searchParams)),
});

export const needsPreload = (url: URL): PageQuery => ({
  query: NeedsQuery,
  variables: needsVariables(readCatalogSearch(url.searchParams), onlyChallenges(url.searchParams)),
});
