import { useQuery } from 'urql';
import { MeDocument, type MeQuery } from '../../gql/graphql';

export type Viewer = NonNullable<MeQuery['me']>;

/** The signed-in person (null for a visitor) and whether that is still being asked. */
export function useViewer(): { viewer: Viewer | null; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: MeDocument });
  return { viewer: data?.me ?? null, fetching: fetching && !data };
}
