import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RupiahScalar } from './rupiah.scalar.js';

const rupiah = new RupiahScalar();

describe('Rupiah scalar', () => {
  it('accepts whole rupiah and reads bigint columns back as numbers', () => {
    expect(rupiah.parseValue(150000)).toBe(150000);
    expect(rupiah.parseLiteral({ kind: Kind.INT, value: '0' })).toBe(0);
    expect(rupiah.serialize('1000000000000')).toBe(1_000_000_000_000);
  });

  it.each([[-1], [1500.5], ['1500'], [Number.MAX_SAFE_INTEGER + 1], [null]])(
    'refuses %s',
    (value) => {
      expect(() => rupiah.parseValue(value)).toThrow(/bilangan bulat rupiah/);
    },
  );

  it('refuses a fraction or a string written in the query', () => {
    expect(() => rupiah.parseLiteral({ kind: Kind.FLOAT, value: '1500.5' })).toThrow(
      /tanpa desimal/,
    );
    expect(() => rupiah.parseLiteral({ kind: Kind.STRING, value: '1500' })).toThrow(
      /tanpa desimal/,
    );
  });
});
