/**
 * Text bound for a terminal (stderr): control characters are shown escaped
 * (`\u001b`, not an ESC that recolours or moves the cursor) and anything over
 * 300 characters is cut, so a hostile name can neither drive the terminal nor
 * flood it.
 */
const MAX_CHARS = 300;

export function terminalSafe(text: string): string {
  const cut = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}… (${text.length} characters)` : text;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
