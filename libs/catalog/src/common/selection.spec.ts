import {
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { selectsField } from './selection.js';

function infoOf(source: string) {
  const doc = parse(source);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('finds a direct sub-field, and not one asked deeper down', () => {
    expect(
      selectsField(infoOf('{ achievements { totalCount facets { fields { value } } } }'), 'facets'),
    ).toBe(true);
    expect(selectsField(infoOf('{ achievements { totalCount edges { node { id } } } }'), 'facets')).toBe(
      false,
    );
    expect(selectsField(infoOf('{ achievements { edges { node { facets: id } } } }'), 'facets')).toBe(false);
  });

  it('looks through inline and named fragments', () => {
    expect(
      selectsField(
        infoOf('{ achievements { ... on AchievementConnection { facets { fields { value } } } } }'),
        'facets',
      ),
    ).toBe(true);
    const named = `{ achievements { ...Page } } fragment Page on AchievementConnection { totalCount ...F }
      fragment F on AchievementConnection { facets { regions { value } } }`;
    expect(selectsField(infoOf(named), 'facets')).toBe(true);
    expect(
      selectsField(
        infoOf('{ achievements { ...P } } fragment P on AchievementConnection { totalCount }'),
        'facets',
      ),
    ).toBe(false);
  });
});
