/**
 * The cmdlet checker itself, on hand-written lines. Expected bindings follow
 * PowerShell's documented rules (about_Parameters, about_CommonParameters):
 * names are case-insensitive, an unambiguous prefix binds, aliases bind, and
 * the common parameters belong to every cmdlet. The cmdlets' parameter lists
 * are those on Microsoft's reference pages (Set-VMMigrationNetwork has
 * -NewPriority, not -Priority; Add-VMMigrationNetwork has -Priority).
 */
import { describe, expect, it } from 'vitest';
import { checkPowerShell } from '../../scripts/cmdlet-check/check.ts';
import { buildDictionary } from '../../scripts/cmdlet-check/dictionary.ts';
import { extractPowerShell } from '../../scripts/cmdlet-check/extract-articles.ts';
import { findInvocations } from '../../scripts/cmdlet-check/parse.ts';

const dictionary = buildDictionary(
  {
    commonParameters: ['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'ErrorVariable', 'OutVariable', 'WhatIf', 'Confirm'],
    cmdlets: {
      'Set-VMMigrationNetwork': {
        module: 'Hyper-V',
        releases: ['winserver2016-ps'],
        parameters: ['Subnet', 'NewSubnet', 'NewPriority', 'ComputerName', 'CimSession', 'Credential', 'Passthru', 'WhatIf', 'Confirm', 'wi', 'cf'],
      },
      'Add-VMMigrationNetwork': {
        module: 'Hyper-V',
        releases: ['winserver2016-ps'],
        parameters: ['Subnet', 'Priority', 'ComputerName', 'CimSession', 'Credential', 'Passthru', 'WhatIf', 'Confirm'],
      },
      'Get-VMHost': { module: 'Hyper-V', releases: ['winserver2016-ps'], parameters: ['ComputerName', 'CimSession', 'Credential'] },
      'Set-VMHost': {
        module: 'Hyper-V',
        releases: ['winserver2016-ps'],
        parameters: ['MaximumVirtualMachineMigrations', 'MaximumStorageMigrations', 'VirtualMachineMigrationPerformanceOption', 'ComputerName'],
      },
      'Get-WmiObject': {
        module: 'Microsoft.PowerShell.Management',
        releases: ['powershell-5.1'],
        parameters: ['Class', 'Namespace', 'ComputerName', 'Cn', 'Filter'],
      },
      'Where-Object': { module: 'Microsoft.PowerShell.Core', releases: ['powershell-5.1'], parameters: ['FilterScript', 'Property', 'Value', 'EQ', 'Match'] },
      'Select-Object': { module: 'Microsoft.PowerShell.Utility', releases: ['powershell-5.1'], parameters: ['Property', 'ExpandProperty', 'First'] },
    },
  },
  [{ name: 'Get-Legacy2008Thing', module: 'Old', parameters: ['Name'], source: 'seed-000', note: 'hand-made for this test' }],
);

const problems = (line: string) => checkPowerShell(line, dictionary).problems.map((p) => p.message);

describe('cmdlet checker', () => {
  it('catches a parameter the cmdlet does not have and suggests the right one', () => {
    expect(problems('Set-VMMigrationNetwork 10.0.51.0/24 -Priority 2')).toEqual([
      'Set-VMMigrationNetwork has no parameter -Priority; did you mean -NewPriority?',
    ]);
  });

  it('passes the corrected line', () => {
    expect(problems('Add-VMMigrationNetwork 10.0.51.0/24 -Priority 2')).toEqual([]);
  });

  it('accepts an unambiguous prefix, any letter case, an alias and the common parameters', () => {
    expect(problems('set-vmhost -MaximumVirtual 4 -Verbose -ErrorAction Stop -WhatIf')).toEqual([]);
    expect(problems('Get-WmiObject -Cn HV01 -Class Win32_Processor')).toEqual([]);
    expect(problems('Set-VMMigrationNetwork 10.0.51.0/24 -NewPri 1 -cf:$false')).toEqual([]);
  });

  it('rejects an ambiguous prefix, as PowerShell does', () => {
    expect(problems('Set-VMHost -Maximum 4')[0]).toMatch(
      /^Set-VMHost -Maximum is ambiguous: it is a prefix of -MaximumVirtualMachineMigrations, -MaximumStorageMigrations/,
    );
  });

  it('reports an unknown cmdlet with a near name, and ignores native commands', () => {
    expect(problems('Get-VMHosts -ComputerName HV01')[0]).toMatch(/^unknown cmdlet Get-VMHosts: .*did you mean Get-VMHost/);
    expect(problems('netsh interface ipv4 show interfaces; qemu-img convert -O vhdx a.vmdk a.vhdx; bcdedit /set hypervisorlaunchtype auto')).toEqual([]);
  });

  it('checks allow-listed cmdlets against the parameters their source lists', () => {
    expect(problems('Get-Legacy2008Thing -Name x')).toEqual([]);
    expect(problems('Get-Legacy2008Thing -Path x')[0]).toMatch(/^Get-Legacy2008Thing has no parameter -Path/);
  });

  it('treats -eq in an expression as an operator and -Name:value as a parameter', () => {
    expect(problems("Get-VMHost | Where-Object { $_.Name -eq 'HV01' -and $_.X -match 'y' }")).toEqual([]);
    expect(problems('if ((Get-VMHost).MaximumVirtualMachineMigrations -lt 2) { Set-VMHost -MaximumStorageMigrations:2 }')).toEqual([]);
    expect(problems('$h = Get-VMHost -Bogus 1')).toEqual(['Get-VMHost has no parameter -Bogus']);
  });

  it('finds commands nested in brackets, pipelines, script blocks and continued lines', () => {
    const text = [
      'Get-VMHost -ComputerName HV01 |',
      '  Select-Object -ExpandProperty X',
      '$x = (Get-VMHost -Nope 1).Y',
      'Set-VMHost `',
      '  -Wrong 2',
      "Get-VMHost -ComputerName 'HV01',",
      "  'HV02' -Bad 3",
    ].join('\n');
    const found = findInvocations(text).map((i) => `${i.command}@${i.line}: ${i.parameters.map((p) => `${p.name}@${p.line}`).join(' ')}`);
    expect(found).toEqual([
      'Get-VMHost@1: ComputerName@1',
      'Select-Object@2: ExpandProperty@2',
      'Get-VMHost@3: Nope@3',
      'Set-VMHost@4: Wrong@5',
      'Get-VMHost@6: ComputerName@6 Bad@7',
    ]);
    expect(problems(text)).toEqual(['Get-VMHost has no parameter -Nope', 'Set-VMHost has no parameter -Wrong', 'Get-VMHost has no parameter -Bad']);
  });

  it('skips strings and comments, but not commands in a "$( … )" subexpression', () => {
    expect(problems("Write-Output 'Set-VMHost -Bogus'  # Set-VMHost -Bogus\n<# Get-VMHost -Nope #>")).toEqual([]);
    expect(problems('Write-Output "host: $(Get-VMHost -Nope 1)"')).toEqual(['Get-VMHost has no parameter -Nope']);
  });
});

describe('article extraction', () => {
  const isVerb = (v: string) => ['get', 'set', 'add'].includes(v.toLowerCase());
  const mdx = [
    '---',
    'title: x',
    '---',
    '',
    'Run `Set-VMHost -MaximumVirtualMachineMigrations 4` on each host; `Hyper-V` is not a cmdlet.',
    '',
    '```powershell',
    'PS C:\\> Get-VMHost -ComputerName HV01',
    '```',
    '',
    '```sh',
    'Get-NotPowerShell -X',
    '```',
  ].join('\n');

  it('takes PowerShell blocks and inline cmdlets with their line numbers, and drops prompts', () => {
    expect(extractPowerShell('a.mdx', mdx, isVerb)).toEqual([
      { file: 'a.mdx', line: 5, text: 'Set-VMHost -MaximumVirtualMachineMigrations 4', kind: 'inline' },
      { file: 'a.mdx', line: 8, text: 'Get-VMHost -ComputerName HV01', kind: 'block' },
    ]);
  });
});
