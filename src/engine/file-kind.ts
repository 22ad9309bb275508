/**
 * Whether a file the reader chose or dropped is of a kind a calculator reads,
 * told from its name before a byte of it is read. A file chooser offers only
 * the kinds it lists, but a dropped file skips that filter, so the same list
 * is checked here for both.
 */

/** Why the file is refused (it names the file and the kinds read), or undefined when its extension is one of `extensions`. */
export function fileKindRefusal(name: string, extensions: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  if (extensions.some((extension) => lower.endsWith(extension.toLowerCase()))) return undefined;
  return `${name} was not read: only ${kinds(extensions)} files are read here.`;
}

/** ".ovf, .ova and .xml" */
function kinds(extensions: readonly string[]): string {
  if (extensions.length <= 1) return extensions.join('');
  return `${extensions.slice(0, -1).join(', ')} and ${extensions.at(-1) ?? ''}`;
}
