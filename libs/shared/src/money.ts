/**
 * Money on SIM-SE is whole Rupiah held in an integer; no fractions, no floats.
 * The largest accepted amount keeps every total safely inside a JavaScript integer.
 */
export const MAX_RUPIAH = 1_000_000_000_000;

export function isWholeRupiah(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_RUPIAH
  );
}

/** Formats an amount the Indonesian way: `Rp 150.000`. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not whole rupiah: ${amount}`);
  const sign = amount < 0 ? '-' : '';
  const digits = Math.abs(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}Rp ${digits}`;
}
