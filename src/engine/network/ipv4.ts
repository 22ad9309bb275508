/**
 * Dotted-quad IPv4 parsing shared by the networking models. Strict: four
 * decimal octets 0–255 without leading zeros (a leading zero reads as octal
 * in some tools, so "010.0.0.1" is ambiguous and refused).
 */
const DOTTED_QUAD = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

export type Octets = [number, number, number, number];

export function parseIpv4(text: string): Octets | undefined {
  const match = DOTTED_QUAD.exec(text.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number) as Octets;
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** Why an address cannot be a unicast host/cluster address, or undefined if it can. */
export function unicastProblem([a, , , d]: Octets): string | undefined {
  if (a === 0) return 'is in 0.0.0.0/8 ("this network"), not a usable host address';
  if (a === 127) return 'is a loopback address';
  if (a >= 224 && a <= 239) return 'is a multicast group address, not a unicast cluster address';
  if (a >= 240) return 'is in the reserved range 240.0.0.0/4 (or is the broadcast address)';
  if (d === 255 || d === 0) return undefined; // valid on subnets wider than /24; left to the admin
  return undefined;
}
