/**
 * Regression net, not evidence: every chart builder in src/charts/, drawn by
 * the build-time renderer (render-server.ts) for its model's default result
 * and for one other scenario, kept as SVG files under __snapshots__/. A
 * refactor that moves a mark, a label or a scale shows up as a diff to
 * review. They do not say the charts are right: that evidence is in the
 * worked examples and tests of each model, and in the browser tests that
 * read chart marks against the figures beside them.
 *
 * To add a builder, add one row to CHARTS. Update the files
 * (`npx vitest run -u`) only for an intended change, and read the diff.
 */
import { describe, expect, it } from 'vitest';
import { compareLimitChart } from '../../src/charts/compare-limit.ts';
import { hostEvacuationConcurrencyChart } from '../../src/charts/host-evacuation-concurrency.ts';
import { hostEvacuationGanttChart } from '../../src/charts/host-evacuation-gantt.ts';
import { liveMigrationPassesChart } from '../../src/charts/live-migration-passes.ts';
import { tuningLadderChart } from '../../src/charts/live-migration-tuning-ladder.ts';
import { modelValidationChart, type ValidationPoint } from '../../src/charts/model-validation.ts';
import { renderChartSvg } from '../../src/charts/render-server.ts';
import { s2dResiliencyChart } from '../../src/charts/s2d-capacity-resiliency.ts';
import { storageIopsReadMixChart } from '../../src/charts/storage-iops-read-mix.ts';
import { storageScenarioDrivesChart } from '../../src/charts/storage-scenario-drives.ts';
import { vmwareEstateWavesChart } from '../../src/charts/vmware-estate-waves.ts';
import type { ChartBuilder } from '../../src/charts/types.ts';
import { featureMatrix } from '../../src/engine/compare/feature-matrix.ts';
import { hostEvacuation } from '../../src/engine/migration/host-evacuation.ts';
import { liveMigration } from '../../src/engine/migration/live-migration.ts';
import { tuningLadder, type LadderPoint } from '../../src/engine/migration/tuning-ladder.ts';
import { resultOf } from '../helpers/evaluate.ts';
import { s2dCapacity } from '../../src/engine/storage/s2d-capacity.ts';
import { storageIops } from '../../src/engine/storage/storage-iops.ts';
import { storageScenario } from '../../src/engine/storage/storage-scenario.ts';
import { vmwareEstate } from '../../src/engine/interop/vmware-estate.ts';

/** The seed-003 tuning ladder for one VM, as LiveMigrationTuningLadder.astro draws it. */
function ladder(memoryGiB: number, dirtyRateMBps: number): LadderPoint[] {
  const outcome = tuningLadder({ memoryGiB, dirtyRateMBps, hotSetGiB: 0.05 });
  if (!outcome.ok) throw new Error(`the tuning ladder refused a ${memoryGiB} GiB VM: ${JSON.stringify(outcome.issues)}`);
  return outcome.result;
}

/** Fixed validation points (the validation page's own come from cases.json, which grows). */
const VALIDATION_POINTS: ValidationPoint[] = [
  { id: 'case-a', model: 'live-migration', ratio: 1.04, lowOk: 0.8, highOk: 1.2, set: 'fitted' },
  { id: 'case-b', model: 'live-migration', ratio: 0.7, lowOk: 0.75, highOk: 1.25, set: 'held out' },
  { id: 'case-c', model: 'storage-iops', ratio: 6, lowOk: 1, highOk: 4, set: 'held out' },
];

interface ChartCase {
  name: string;
  /** Each row pairs a builder with its own result type; the table holds builders of different types. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different result types share one table
  builder: ChartBuilder<any>;
  /** The model's default result. */
  defaultResult: () => unknown;
  /** One other scenario. */
  otherResult: () => unknown;
}

/** A three-VM vInfo CSV (In Use 100, 200 and 400 GiB) as the planner's export. */
const ESTATE_CSV = Buffer.from(
  'VM,Powerstate,Template,CPUs,Memory,In Use MB\na,poweredOn,False,2,4096,102400\nb,poweredOn,False,4,8192,204800\nc,poweredOff,False,8,16384,409600\n',
).toString('base64');

const CHARTS: ChartCase[] = [
  {
    name: 'vmware-estate-waves',
    builder: vmwareEstateWavesChart,
    defaultResult: () => resultOf(vmwareEstate, {}),
    otherResult: () => resultOf(vmwareEstate, { export: ESTATE_CSV, waveSizeVms: 1, linkGbps: 1 }),
  },
  {
    name: 'compare-limit',
    builder: compareLimitChart,
    defaultResult: () => resultOf(featureMatrix, {}),
    otherResult: () => resultOf(featureMatrix, { chartFeature: 'max-vm-vcpus' }),
  },
  {
    name: 'host-evacuation-concurrency',
    builder: hostEvacuationConcurrencyChart,
    defaultResult: () => resultOf(hostEvacuation, {}),
    otherResult: () => resultOf(hostEvacuation, { clustered: false }),
  },
  {
    name: 'host-evacuation-gantt',
    builder: hostEvacuationGanttChart,
    defaultResult: () => resultOf(hostEvacuation, {}),
    otherResult: () => resultOf(hostEvacuation, { maxConcurrent: 1, clustered: false }),
  },
  {
    name: 'live-migration-passes',
    builder: liveMigrationPassesChart,
    defaultResult: () => resultOf(liveMigration, {}),
    otherResult: () => resultOf(liveMigration, { memoryGiB: 256, dirtyRateMBps: 400, linkGbps: 1 }),
  },
  {
    name: 'live-migration-tuning-ladder',
    builder: tuningLadderChart,
    defaultResult: () => ladder(64, 50),
    otherResult: () => ladder(64, 50).filter((p) => p.link === '10 GbE'),
  },
  { name: 'model-validation', builder: modelValidationChart, defaultResult: () => VALIDATION_POINTS, otherResult: () => VALIDATION_POINTS.slice(0, 1) },
  {
    name: 's2d-capacity-resiliency',
    builder: s2dResiliencyChart,
    defaultResult: () => resultOf(s2dCapacity, {}),
    otherResult: () => resultOf(s2dCapacity, { nodes: 2, resiliency: 'two-way-mirror' }),
  },
  {
    name: 'storage-iops-read-mix',
    builder: storageIopsReadMixChart,
    defaultResult: () => resultOf(storageIops, {}),
    otherResult: () => resultOf(storageIops, { disks: 6, layout: 'raid5', readPercent: 30 }),
  },
  {
    name: 'storage-scenario-drives',
    builder: storageScenarioDrivesChart,
    defaultResult: () => resultOf(storageScenario, {}),
    otherResult: () => resultOf(storageScenario, { hosts: 8, targetIopsPerVm: 20_000 }),
  },
];

/** One element per line, so a diff names the mark that changed. */
const readable = (svg: string): string => `${svg.replace(/></g, '>\n<')}\n`;

describe('chart builder snapshots (regression net)', () => {
  for (const chart of CHARTS) {
    for (const [scenario, result] of [
      ['default', chart.defaultResult],
      ['other', chart.otherResult],
    ] as const) {
      it(`${chart.name}, ${scenario} scenario`, async () => {
        const data = result();
        const svg = renderChartSvg((Plot) => chart.builder(Plot, data));
        // The same input draws the same SVG (no counters or random ids leak into the markup).
        expect(renderChartSvg((Plot) => chart.builder(Plot, data))).toBe(svg);
        await expect(readable(svg)).toMatchFileSnapshot(`__snapshots__/${chart.name}.${scenario}.svg`);
      });
    }
  }
});
