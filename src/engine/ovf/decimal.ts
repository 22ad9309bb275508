/**
 * Numbers as OVF writes them: CIM properties such as VirtualQuantity and
 * ResourceType are xs:unsignedLong / xs:unsignedShort, i.e. plain decimal
 * digits (W3C XML Schema Part 2 §3.3). JavaScript's Number() would also read
 * `0x10` as 16, `1e3` as 1000 and `''` as 0; those are refused here instead.
 */
const DECIMAL = /^\s*\d{1,20}(\.\d{1,9})?\s*$/;

/** The value of a decimal numeral, or NaN for anything else. */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}
