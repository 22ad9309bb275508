/**
 * Which Windows Server releases document a cmdlet, and whether a page says so.
 * A cmdlet that Microsoft's reference documents for only some of Windows
 * Server 2016–2025 (or only for PowerShell 7) must be introduced on the page
 * with the release it needs; the check looks for that release's name in the
 * page's text.
 */
import type { CmdletEntry } from './dictionary.ts';

const WINDOWS_SERVER_SETS = ['winserver2016-ps', 'winserver2019-ps', 'winserver2022-ps', 'winserver2025-ps'] as const;

/** The phrase a page must contain for this cmdlet, or undefined when every release has it. */
export function requiredReleaseMention(entry: CmdletEntry): string | undefined {
  if (entry.allowListSource) return undefined;
  const documented = WINDOWS_SERVER_SETS.filter((set) => entry.releases.includes(set));
  if (documented.length > 0 && documented.length < WINDOWS_SERVER_SETS.length) {
    return `Windows Server ${documented[0]!.slice('winserver'.length, 'winserver'.length + 4)}`;
  }
  if (documented.length === 0 && !entry.releases.includes('powershell-5.1') && entry.releases.includes('powershell-7.5')) {
    // Windows Server ships Windows PowerShell 5.1; a 7.x-only cmdlet needs PowerShell 7 installed.
    return 'PowerShell 7';
  }
  return undefined;
}
