package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chrysalis.mediation.domain.DisputeStatus.ACCEPTED;
import static org.chrysalis.mediation.domain.DisputeStatus.AGREEMENT;
import static org.chrysalis.mediation.domain.DisputeStatus.ASSIGNED;
import static org.chrysalis.mediation.domain.DisputeStatus.DECLINED;
import static org.chrysalis.mediation.domain.DisputeStatus.DEFAULTED;
import static org.chrysalis.mediation.domain.DisputeStatus.EXPIRED;
import static org.chrysalis.mediation.domain.DisputeStatus.FAILED;
import static org.chrysalis.mediation.domain.DisputeStatus.FILED;
import static org.chrysalis.mediation.domain.DisputeStatus.FULFILLED;
import static org.chrysalis.mediation.domain.DisputeStatus.IN_MEDIATION;
import static org.chrysalis.mediation.domain.DisputeStatus.JUDICIALLY_CONFIRMED;
import static org.chrysalis.mediation.domain.DisputeStatus.REFERRED_TO_COURT;
import static org.chrysalis.mediation.domain.DisputeStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisputeStatusTest {

    private static final Set<DisputeStatus> TERMINAL =
            EnumSet.of(DECLINED, FULFILLED, DEFAULTED, REFERRED_TO_COURT, WITHDRAWN, EXPIRED);
    private static final Set<DisputeStatus> DECIDED =
            EnumSet.of(AGREEMENT, JUDICIALLY_CONFIRMED, FULFILLED, DEFAULTED, FAILED, REFERRED_TO_COURT);
    private static final Set<DisputeStatus> SUCCESS = EnumSet.of(AGREEMENT, JUDICIALLY_CONFIRMED, FULFILLED, DEFAULTED);
    private static final Set<DisputeStatus> OPEN = EnumSet.of(FILED, ACCEPTED, ASSIGNED, IN_MEDIATION);
    private static final Set<DisputeStatus> DEADLINE_RUNS = EnumSet.of(ACCEPTED, ASSIGNED, IN_MEDIATION);

    @ParameterizedTest
    @EnumSource(DisputeStatus.class)
    void classifiesEveryStatus(DisputeStatus status) {
        assertThat(status.isTerminal()).as("terminal").isEqualTo(TERMINAL.contains(status));
        assertThat(status.isDecided()).as("decided").isEqualTo(DECIDED.contains(status));
        assertThat(status.isSuccess()).as("success").isEqualTo(SUCCESS.contains(status));
        assertThat(status.isOpen()).as("open").isEqualTo(OPEN.contains(status));
        assertThat(status.deadlineRuns()).as("deadline runs").isEqualTo(DEADLINE_RUNS.contains(status));
    }

    @ParameterizedTest
    @EnumSource(DisputeStatus.class)
    void everySuccessIsDecidedAndNothingOpenIsTerminal(DisputeStatus status) {
        if (status.isSuccess()) {
            assertThat(status.isDecided()).isTrue();
        }
        if (status.isOpen()) {
            assertThat(status.isTerminal()).isFalse();
        }
    }
}
