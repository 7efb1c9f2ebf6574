package org.chrysalis.campaigns.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chrysalis.campaigns.domain.DepartmentScore;
import org.chrysalis.campaigns.domain.Progress;

/**
 * The campaign report as CSV (RFC 4180, UTF-8, header line): the department assessment, best
 * first, then a total line for the whole campaign. Rates are percentages so a spreadsheet shows
 * them as people read them; a figure that cannot be measured yet is an empty cell.
 */
public final class CampaignReport {

    static final String[] HEADER = {"rank", "department", "problems", "rectified", "closureRatePercent",
        "overdue", "onTime", "timelinessPercent", "reopened", "medianDaysToRectify", "score"};
    static final String TOTAL = "合计 TOTAL";

    private CampaignReport() {
    }

    public static String csv(List<DepartmentScore> ranking, Progress total, long totalOnTime) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (DepartmentScore d : ranking) {
                csv.printRecord(d.rank(), d.department(), d.tasks(), d.rectified(), percent(d.closureRate()), d.overdue(),
                        d.onTime(), percent(d.timeliness()), d.reopened(), orEmpty(d.medianDaysToRectify()), d.score());
            }
            csv.printRecord("", TOTAL, total.problems(), total.rectified(),
                    total.closureRate() == null ? "" : percent(total.closureRate()), total.overdue(), totalOnTime, "",
                    total.reopened(), orEmpty(total.medianDaysToRectify()), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object orEmpty(Double value) {
        return value == null ? "" : value;
    }

    private static double percent(double rate) {
        return Math.round(rate * 1000) / 10.0;
    }
}
