// /workspace/achievements: my organization's achievements, every status.
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../graphql';
import type { AchievementStatus } from '../../graphql/graphql';
import { RequireSession } from '../../shared/RequireSession';
import { SubmitAchievement } from './submit-operations';
import { MyItemsSection } from './MyItemsTable';
import { useItemActions } from './useItemActions';
import { useMyOrganization } from './useMyOrganization';
import { ACHIEVEMENT_STATUS_WORDS } from './words';

const ALL = Object.keys(ACHIEVEMENT_STATUS_WORDS) as AchievementStatus[];

const MyAchievementsQuery = graphql(`
  query MyAchievements($ownerId: ID!, $status: [AchievementStatus!]) {
    achievements(filter: { ownerId: $ownerId, status: $status }, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          status
          reviewComment
          askingPrice
          createdAt
        }
      }
    }
  }
`);

const WithdrawAchievement = graphql(`
  mutation WithdrawAchievement($id: ID!) {
    withdrawAchievement(id: $id) {
      id
      status
    }
  }
`);

function MyAchievements() {
  const org = useMyOrganization();
  const { data, loading, error, refetch } = useQuery(MyAchievementsQuery, {
    variables: { ownerId: org.organization?.id ?? '', status: ALL },
    skip: !org.organization,
    fetchPolicy: 'cache-and-network',
  });
  const [submit] = useMutation(SubmitAchievement);
  const [withdraw] = useMutation(WithdrawAchievement);
  const actions = useItemActions(
    (id) => submit({ variables: { id } }),
    (id) => withdraw({ variables: { id } }),
    () => refetch(),
  );
  const rows = (data?.achievements.edges ?? []).map(({ node }) => ({ ...node, price: node.askingPrice }));
  return (
    <MyItemsSection
      kind="achievement"
      organization={org}
      rows={rows}
      loading={loading}
      error={error}
      statusWords={ACHIEVEMENT_STATUS_WORDS}
      {...actions}
    />
  );
}

export function MyAchievementsPage() {
  return (
    <RequireSession>
      <MyAchievements />
    </RequireSession>
  );
}
