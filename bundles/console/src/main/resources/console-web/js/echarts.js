// The one place that names the ECharts build: the ES module unpacked from its webjar into this bundle.
export * from '../webjars/echarts/${echarts.version}/dist/echarts.esm.min.js';
