import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DEFAULT_LANGUAGE, FIELD_MESSAGES, isWholeRupiah } from '@sim-se/shared';
import { requestScope } from '../logging/request-context.js';

/** The refusal in the asker's language: a price is whole rupiah, so 1500.5 or "1500" is wrong. */
function refuse(value: unknown): never {
  const language = requestScope.getStore()?.language ?? DEFAULT_LANGUAGE;
  throw new GraphQLError(`${FIELD_MESSAGES[language].price} (${JSON.stringify(value)})`);
}

function parse(value: unknown): number {
  if (!isWholeRupiah(value)) refuse(value);
  return value;
}

/**
 * Money as whole rupiah: a safe non-negative integer, never a fraction or a string.
 * Stored in bigint columns; the driver hands those back as strings, which are turned
 * into numbers on the way out.
 */
export const RupiahScalar = new GraphQLScalarType<number, number>({
  name: 'Rupiah',
  description: 'An amount of money in whole Indonesian rupiah (IDR), a non-negative integer.',
  serialize(value: unknown): number {
    const amount = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      throw new GraphQLError(`Rupiah cannot represent ${JSON.stringify(value)}`);
    }
    return amount;
  },
  parseValue: parse,
  parseLiteral(node: ValueNode): number {
    if (node.kind !== Kind.INT) refuse(node.kind === Kind.FLOAT || node.kind === Kind.STRING ? node.value : node.kind);
    return parse(Number(node.value));
  },
});
