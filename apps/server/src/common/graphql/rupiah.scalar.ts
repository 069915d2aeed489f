import { type CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';
import { DEFAULT_LANGUAGE, FIELD_MESSAGES, isWholeRupiah } from '@sim-se/shared';
import { requestScope } from '../logging/request-context.js';

/** The refusal in the asker's language: a price is whole rupiah, so 1500.5 or "1500" is wrong. */
function refuse(value: unknown): never {
  const language = requestScope.getStore()?.language ?? DEFAULT_LANGUAGE;
  throw new TypeError(`${FIELD_MESSAGES[language].price} (${JSON.stringify(value)})`);
}

function parse(value: unknown): number {
  if (!isWholeRupiah(value)) refuse(value);
  return value;
}

/**
 * Money as whole rupiah: a safe non-negative integer, never a fraction or a string.
 * Stored in bigint columns, which the driver hands back as digit strings.
 * Use as `@Field(() => RupiahScalar)` and list the class among the module's providers.
 */
@Scalar('Rupiah')
export class RupiahScalar implements CustomScalar<number, number> {
  description = 'An amount of money in whole Indonesian rupiah (IDR), a non-negative integer.';

  serialize(value: unknown): number {
    const amount = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      throw new TypeError(`Rupiah cannot represent ${JSON.stringify(value)}`);
    }
    return amount;
  }

  parseValue(value: unknown): number {
    return parse(value);
  }

  parseLiteral(node: ValueNode): number {
    if (node.kind === Kind.INT) return parse(Number(node.value));
    refuse(node.kind === Kind.FLOAT || node.kind === Kind.STRING ? node.value : node.kind);
  }
}
