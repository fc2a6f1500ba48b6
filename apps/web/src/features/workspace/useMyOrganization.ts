// The signed-in member's organization (its id filters "my" items; verification decides listing).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../graphql';

const MyOrganizationQuery = graphql(`
  query MyOrganization {
    me {
      id
      organization {
        id
        name
        kind
        verified
      }
    }
  }
`);

export function useMyOrganization() {
  const { data, loading, error } = useQuery(MyOrganizationQuery);
  return { organization: data?.me?.organization ?? null, loading, error };
}
