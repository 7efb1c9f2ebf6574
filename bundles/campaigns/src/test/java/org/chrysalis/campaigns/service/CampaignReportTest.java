package org.chrysalis.campaigns.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chrysalis.campaigns.domain.Assessment;
import org.chrysalis.campaigns.domain.ScoreWeights;
import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskFacts;
import org.chrysalis.campaigns.domain.TaskStatus;
import org.chrysalis.campaigns.domain.Targets;
import org.junit.jupiter.api.Test;

class CampaignReportTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void departmentsThenATotalLineParseBack() throws IOException {
        List<TaskFacts> facts = List.of(
                new TaskFacts("住建局, 二科", Severity.HIGH, TaskStatus.ACCEPTED, T0, T0.plus(Duration.ofDays(7)),
                        T0.plus(Duration.ofDays(2)), false, 0),
                new TaskFacts("环保局 \"大气\"", Severity.LOW, TaskStatus.OPEN, T0, T0.plus(Duration.ofDays(30)), null,
                        false, 0));
        Instant now = T0.plus(Duration.ofDays(3));
        String csv = CampaignReport.csv(Assessment.ranking(facts, ScoreWeights.DEFAULT, now),
                Assessment.progress(facts, Targets.NONE, now), 1);
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("department")).as("a comma is quoted").isEqualTo("住建局, 二科");
        assertThat(records.get(0).get("closureRatePercent")).isEqualTo("100.0");
        assertThat(records.get(0).get("medianDaysToRectify")).isEqualTo("2.0");
        assertThat(records.get(1).get("department")).as("quotes are doubled").isEqualTo("环保局 \"大气\"");
        assertThat(records.get(1).get("medianDaysToRectify")).isEmpty();
        assertThat(records.get(2).get("department")).isEqualTo(CampaignReport.TOTAL);
        assertThat(records.get(2).get("problems")).isEqualTo("2");
        assertThat(records.get(2).get("closureRatePercent")).isEqualTo("50.0");
    }

    @Test
    void anEmptyCampaignHasOnlyTheTotalLineWithEmptyRates() throws IOException {
        String csv = CampaignReport.csv(List.of(), Assessment.progress(List.of(), Targets.NONE, T0), 0);
        assertThat(csv).startsWith(String.join(",", CampaignReport.HEADER));
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("problems")).isEqualTo("0");
        assertThat(records.get(0).get("closureRatePercent")).isEmpty();
    }
}
