/**
 * "Did you mean …?" for a mistyped name (a field in an article's `initial`,
 * a CLI flag, a PowerShell parameter): the known name closest by edit
 * distance, when it is close enough to be a plausible typo.
 */

/** Levenshtein distance: insertions, deletions and substitutions to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The name `written` most likely meant, or undefined. Case is ignored. A
 * name counts as close when it is at most half the typo's length away
 * (memGiB → memoryGiB is 3 of 6) or when one contains the other (linkGbp).
 */
export function closestName(written: string, names: readonly string[]): string | undefined {
  // No name is this long: a hostile 100 kB key is not worth a distance table.
  if (written.length > 100) return undefined;
  const typed = written.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const known = name.toLowerCase();
    const distance = editDistance(typed, known);
    const close = distance <= Math.max(2, Math.floor(typed.length / 2)) || (typed.length >= 3 && (known.includes(typed) || typed.includes(known)));
    if (close && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** The message for a field the schema does not have, with the likely intended one first. */
export function unknownFieldMessage(written: string, names: readonly string[]): string {
  const meant = closestName(written, names);
  return `unknown field${meant ? ` (did you mean ${meant}?)` : ''}; the fields are: ${names.join(', ')}`;
}
