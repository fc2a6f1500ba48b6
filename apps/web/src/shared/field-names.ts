// The field taxonomy's names by code, for showing a field code in words.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../graphql';

const FieldNamesQuery = graphql(`
  query FieldNames {
    fields {
      code
      name
      parentCode
    }
  }
`);

/** code → name (empty until the taxonomy arrives). */
export function useFieldNames(): Map<string, string> {
  const { data } = useQuery(FieldNamesQuery);
  return useMemo(() => new Map((data?.fields ?? []).map((f) => [f.code, f.name])), [data]);
}
