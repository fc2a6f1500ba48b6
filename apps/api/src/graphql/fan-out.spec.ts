import { buildSchema, parse } from 'graphql';
import { estimatedObjects, FAN_OUT_LIMITS } from './fan-out.js';

const schema = buildSchema(`
  type Query { experts(first: Int = 20): ExpertConnection! expert(id: ID!): Expert }
  type ExpertConnection { edges: [ExpertEdge!]! totalCount: Int! }
  type ExpertEdge { node: Expert! }
  type Expert { id: ID! name: String! achievements(first: Int = 20): [Achievement!]! }
  type Achievement { id: ID! title: String! team(first: Int = 50): [Expert!]! keywords: [String!]! }
`);
const count = (query: string, variables: Record<string, unknown> = {}) =>
  estimatedObjects(schema, parse(query), undefined, variables);

describe('estimatedObjects', () => {
  it('counts a page of objects by its first, edges and nodes once per row', () => {
    expect(count('{ experts(first: 10) { totalCount edges { node { id } } } }')).toBe(30);
    expect(count('query($n: Int) { experts(first: $n) { edges { node { id } } } }', { n: 5 })).toBe(15);
    expect(count('{ experts { edges { node { id } } } }')).toBe(60);
  });

  it('multiplies nested lists by their first, fragments included', () => {
    expect(count('{ expert(id: "1") { achievements(first: 3) { team(first: 2) { id } } } }')).toBe(1 + 3 + 6);
    expect(
      count('{ expert(id: "1") { ...E } } fragment E on Expert { achievements { title keywords } }'),
    ).toBe(21);
  });

  it('puts an 8-level query through achievements and team far over the limit', () => {
    const deep =
      '{ experts(first: 100) { edges { node { achievements { team { achievements { team { achievements { team { id } } } } } } } } } }';
    expect(count(deep)).toBeGreaterThan(FAN_OUT_LIMITS.maxObjects * 1000);
  });
});
