/**
 * A results-table column may draw its cells with a snippet (citations, a
 * badge, paragraphs) and give each cell a class and attributes
 * (src/components/frame/table-column.ts). The snippet is handed the figure
 * as a plain column would show it, and the CSV still carries the column's
 * `value`, never the snippet's markup. Rendered as the build renders it
 * (svelte/server); the "Copy … as CSV" button is replaced by a spy that
 * records the text it would copy.
 */
import { parseHTML } from 'linkedom';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ResultTable from '../../../src/components/frame/ResultTable.svelte';
import type { CellContent, TableColumn } from '../../../src/components/frame/table-column.ts';
import { gibFromMib } from '../../../src/number-format.ts';
import { copied } from '../../helpers/copied.ts';

vi.mock('../../../src/components/frame/CopyButton.svelte', async () => await import('../../helpers/CopyButtonSpy.svelte'));

/** A VM with its memory and the sources that state it. */
interface Vm {
  name: string;
  memoryMiB: number;
  sources: string[];
  secondary: boolean;
}

const memoryCell = createRawSnippet<[CellContent<Vm>]>((content) => ({
  render: () => {
    const { row, text, column } = content();
    const badge = row.secondary ? ' <span class="badge">secondary</span>' : '';
    const cites = row.sources.map((_, i) => `<sup class="cite">[${i + 1}]</sup>`).join('');
    return `<span data-column="${column}">${text}${badge}${cites}</span>`;
  },
}));

const columns: TableColumn<Vm>[] = [
  { id: 'name', header: 'VM', value: (vm) => vm.name, rowHeader: true },
  {
    id: 'memoryMiB',
    header: 'Memory',
    unit: 'GiB',
    title: 'Memory assigned at start',
    value: (vm) => vm.memoryMiB,
    format: gibFromMib,
    cell: memoryCell,
    cellAttributes: (vm) => ({ class: vm.secondary ? 'state-secondary' : 'state-vendor', state: vm.secondary ? 'secondary' : 'vendor' }),
  },
];
const rows: Vm[] = [
  { name: 'sql-01', memoryMiB: 1536, sources: ['ms-a', 'ms-b'], secondary: false },
  { name: 'web-01', memoryMiB: 4096, sources: [], secondary: true },
];

function table() {
  // render() cannot carry the table's Row type through; the columns are typed where they are written.
  const { body } = render(ResultTable, { props: { caption: 'VMs', columns: columns as readonly TableColumn<unknown>[], rows, csvLabel: 'Copy VMs as CSV' } });
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
}

beforeEach(() => {
  copied.length = 0;
});

describe('a column drawn by a snippet', () => {
  it('renders its snippet in each cell, given the figure as the column formats it', () => {
    const cells = [...table().querySelectorAll('td[data-cell="memoryMiB"]')];
    // By hand: 1,536 MiB / 1,024 = 1.5 GiB; 4,096 MiB = 4 GiB.
    expect(cells.map((td) => td.innerHTML.replace(/<!--[^]*?-->/g, ''))).toEqual([
      '<span data-column="memoryMiB">1.5<sup class="cite">[1]</sup><sup class="cite">[2]</sup></span>',
      '<span data-column="memoryMiB">4 <span class="badge">secondary</span></span>',
    ]);
  });

  it('gives each cell its class and attributes, and the header its tooltip', () => {
    const document = table();
    const cells = [...document.querySelectorAll('td[data-cell="memoryMiB"]')];
    expect(cells.map((td) => [td.classList.contains('state-vendor'), td.classList.contains('state-secondary'), td.getAttribute('data-state')])).toEqual([
      [true, false, 'vendor'],
      [false, true, 'secondary'],
    ]);
    // A number column stays right-aligned beside the class it was given.
    expect(cells.every((td) => td.classList.contains('num'))).toBe(true);
    const header = [...document.querySelectorAll('thead th')].find((th) => th.textContent?.trim() === 'Memory (GiB)');
    expect(header?.getAttribute('title')).toBe('Memory assigned at start');
  });

  it('copies the figures as CSV from value, with none of the snippet', () => {
    table();
    expect(copied).toEqual([{ label: 'Copy VMs as CSV', text: 'name,memoryMiB\nsql-01,1536\nweb-01,4096' }]);
  });
});
