/** Types shared by chart builders: a builder takes the Plot module and returns plot options. */
export type PlotModule = typeof import('@observablehq/plot');
export type ChartOptions = import('@observablehq/plot').PlotOptions;
export type ChartBuilder<R> = (Plot: PlotModule, result: R) => ChartOptions;
