// /workspace/needs: my organization's technology needs, every status (withdrawing closes one).
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../graphql';
import type { NeedStatus } from '../../graphql/graphql';
import { RequireSession } from '../../shared/RequireSession';
import { SubmitNeed } from './submit-operations';
import { MyItemsSection } from './MyItemsTable';
import { useItemActions } from './useItemActions';
import { useMyOrganization } from './useMyOrganization';
import { NEED_STATUS_WORDS } from './words';

const ALL = Object.keys(NEED_STATUS_WORDS) as NeedStatus[];

const MyNeedsQuery = graphql(`
  query MyNeeds($ownerId: ID!, $status: [NeedStatus!]) {
    needs(filter: { ownerId: $ownerId, status: $status }, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          status
          reviewComment
          budgetMax
          createdAt
        }
      }
    }
  }
`);

const CloseNeed = graphql(`
  mutation CloseNeed($id: ID!) {
    closeNeed(id: $id) {
      id
      status
    }
  }
`);

function MyNeeds() {
  const org = useMyOrganization();
  const { data, loading, error, refetch } = useQuery(MyNeedsQuery, {
    variables: { ownerId: org.organization?.id ?? '', status: ALL },
    skip: !org.organization,
    fetchPolicy: 'cache-and-network',
  });
  const [submit] = useMutation(SubmitNeed);
  const [withdraw] = useMutation(CloseNeed);
  const actions = useItemActions(
    (id) => submit({ variables: { id } }),
    (id) => withdraw({ variables: { id } }),
    () => refetch(),
  );
  const rows = (data?.needs.edges ?? []).map(({ node }) => ({ ...node, price: node.budgetMax }));
  return (
    <MyItemsSection
      kind="need"
      organization={org}
      rows={rows}
      loading={loading}
      error={error}
      statusWords={NEED_STATUS_WORDS}
      {...actions}
    />
  );
}

export function MyNeedsPage() {
  return (
    <RequireSession>
      <MyNeeds />
    </RequireSession>
  );
}
