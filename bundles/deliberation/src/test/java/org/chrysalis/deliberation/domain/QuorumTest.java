package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuorumTest {

    @Test
    void halfOfTheInvitedRoundedUp() {
        assertThat(Quorum.required(10, 50)).isEqualTo(5);
        assertThat(Quorum.required(5, 50)).isEqualTo(3);
        assertThat(Quorum.reached(2, 5, 50)).isFalse();
        assertThat(Quorum.reached(3, 5, 50)).isTrue();
        assertThat(Quorum.reached(5, 10, 50)).isTrue();
        assertThat(Quorum.reached(4, 10, 50)).isFalse();
    }

    @Test
    void twoThirdsQuorumAndFullAttendance() {
        assertThat(Quorum.required(9, 67)).isEqualTo(7);
        assertThat(Quorum.required(7, 100)).isEqualTo(7);
    }

    @Test
    void atLeastOneIsAlwaysNeeded() {
        assertThat(Quorum.required(0, 50)).isEqualTo(1);
        assertThat(Quorum.required(10, 0)).isEqualTo(1);
        assertThat(Quorum.reached(0, 0, 50)).isFalse();
    }

    @Test
    void percentOutsideTheRangeIsAProgrammingError() {
        assertThatThrownBy(() -> Quorum.required(10, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
