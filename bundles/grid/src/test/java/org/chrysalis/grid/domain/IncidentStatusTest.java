package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentStatusTest {

    private static final EnumSet<IncidentStatus> TERMINAL = EnumSet.of(
            IncidentStatus.CLOSED, IncidentStatus.REJECTED, IncidentStatus.MERGED, IncidentStatus.TRANSFERRED);

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void terminal_and_open_are_opposites(IncidentStatus status) {
        assertThat(status.isTerminal()).isEqualTo(TERMINAL.contains(status));
        assertThat(status.isOpen()).isEqualTo(!TERMINAL.contains(status));
    }

    @Test
    void has_the_twelve_statuses_in_lifecycle_order() {
        assertThat(IncidentStatus.values()).extracting(Enum::name).containsExactly(
                "REPORTED", "ACCEPTED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "VERIFIED", "CLOSED",
                "REJECTED", "ESCALATED", "REOPENED", "MERGED", "TRANSFERRED");
    }
}
