import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_FIELDS = 300;

/**
 * Rejects documents nested deeper than MAX_QUERY_DEPTH or selecting more than
 * MAX_QUERY_FIELDS fields (fragments counted where they are spread), before any resolver
 * runs, so one request cannot make the server walk an unbounded graph.
 */
export function queryLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }

  const measure = (
    set: SelectionSetNode,
    depth: number,
    seen: Set<string>,
  ): { depth: number; fields: number } => {
    let deepest = depth;
    let fields = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields += 1;
        if (selection.selectionSet) {
          const inner = measure(selection.selectionSet, depth + 1, seen);
          deepest = Math.max(deepest, inner.depth);
          fields += inner.fields;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = measure(selection.selectionSet, depth, seen);
        deepest = Math.max(deepest, inner.depth);
        fields += inner.fields;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const inner = measure(fragment.selectionSet, depth, new Set([...seen, name]));
        deepest = Math.max(deepest, inner.depth);
        fields += inner.fields;
      }
    }
    return { depth: deepest, fields };
  };

  return {
    OperationDefinition(operation) {
      const { depth, fields } = measure(operation.selectionSet, 1, new Set());
      if (depth > MAX_QUERY_DEPTH) {
        context.reportError(
          new GraphQLError(
            `Query is nested ${depth} levels deep; the limit is ${MAX_QUERY_DEPTH}.`,
            {
              nodes: [operation],
            },
          ),
        );
      }
      if (fields > MAX_QUERY_FIELDS) {
        context.reportError(
          new GraphQLError(`Query selects ${fields} fields; the limit is ${MAX_QUERY_FIELDS}.`, {
            nodes: [operation],
          }),
        );
      }
    },
  };
}
