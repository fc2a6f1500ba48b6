// Submitting for review, used by both the forms and the lists.
import { graphql } from '../../graphql';

export const SubmitAchievement = graphql(`
  mutation SubmitAchievement($id: ID!) {
    submitAchievement(id: $id) {
      id
      status
    }
  }
`);

export const SubmitNeed = graphql(`
  mutation SubmitNeed($id: ID!) {
    submitNeed(id: $id) {
      id
      status
    }
  }
`);
