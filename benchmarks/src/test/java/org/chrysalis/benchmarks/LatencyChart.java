package org.chrysalis.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.file.Path;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The latency distributions as HdrHistogram plots them: latency over the percentile, the
 * percentile axis in "nines" (1 = p90, 2 = p99, 3 = p99.9) so the tail is as wide as the middle.
 */
final class LatencyChart {

    private static final double MAX_NINES = 3; // p99.9: beyond it a 10 s run has too few samples

    private LatencyChart() {
    }

    static void write(String title, Map<String, Histogram> distributions, Path png) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        distributions.forEach((name, histogram) -> {
            if (histogram.getTotalCount() > 0) {
                data.addSeries(series(name, histogram));
            }
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, "percentile, in nines (0 = p0, 1 = p90, 2 = p99, 3 = p99.9)",
                "latency (ms, log scale)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LogAxis latency = new LogAxis("latency (ms, log scale)");
        latency.setSmallestValue(0.1);
        latency.setNumberFormatOverride(new DecimalFormat("0.#"));
        plot.setRangeAxis(latency);
        ((NumberAxis) plot.getDomainAxis()).setRange(0, MAX_NINES);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 600);
    }

    private static XYSeries series(String name, Histogram histogram) {
        XYSeries series = new XYSeries(name);
        for (HistogramIterationValue value : histogram.percentiles(5)) {
            double percentile = value.getPercentileLevelIteratedTo();
            double nines = percentile >= 100 ? MAX_NINES : -Math.log10(1 - percentile / 100);
            series.add(Math.min(nines, MAX_NINES), Math.max(0.1, value.getValueIteratedTo() / 1e6));
            if (nines >= MAX_NINES) {
                break;
            }
        }
        return series;
    }
}
