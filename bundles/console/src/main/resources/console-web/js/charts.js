// ECharts (about a megabyte) is fetched and compiled beside the first API calls, not before the app may
// start at all: the pages that draw charts wait for this promise together with their data.
let loading = null;

export function echartsLoaded() {
  loading ??= import('./echarts.js').then(module => {
    performance.mark('console-echarts-loaded');
    return module;
  });
  return loading;
}
