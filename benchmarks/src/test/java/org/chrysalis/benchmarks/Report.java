package org.chrysalis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** REPORT.md: one table with every figure (the median and each run's value), its goal and pass/miss. */
final class Report {

    private final List<String> rows = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    /** A figure with a goal; {@code pass} is null when the figure has no goal. */
    void figure(String section, String name, List<Double> runs, String unit, String goal, Boolean pass) {
        String each = runs.size() > 1 ? runs.stream().map(Report::format).collect(Collectors.joining(" / ")) : "";
        rows.add("| " + section + " | " + name + " | **" + format(median(runs)) + "** " + unit + " | " + each + " | "
                + (goal == null ? "" : goal) + " | " + (pass == null ? "" : pass ? "pass" : "**miss**") + " |");
    }

    void figure(String section, String name, String value, String goal, Boolean pass) {
        rows.add("| " + section + " | " + name + " | " + value + " |  | " + (goal == null ? "" : goal) + " | "
                + (pass == null ? "" : pass ? "pass" : "**miss**") + " |");
    }

    /** Free text after the table, e.g. a section's own table. */
    void section(String markdown) {
        sections.add(markdown);
    }

    void write(Path file, List<String> header) throws IOException {
        List<String> lines = new ArrayList<>(header);
        lines.add("");
        lines.add("| section | figure | median | each run | goal | |");
        lines.add("|---|---|---:|---|---|---|");
        lines.addAll(rows);
        for (String section : sections) {
            lines.add("");
            lines.add(section);
        }
        Files.write(file, lines);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
