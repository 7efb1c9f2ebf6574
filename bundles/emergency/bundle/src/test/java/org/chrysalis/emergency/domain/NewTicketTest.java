package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class NewTicketTest {

    @Test
    void aTitleIsRequired() {
        assertThatThrownBy(() -> new NewTicket("  ", null).validated())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting("field").containsExactly("title");
                });
    }

    @Test
    void everyTooLongFieldIsNamed() {
        assertThatThrownBy(() -> new NewTicket("x".repeat(201), "y".repeat(2001)).validated())
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().errors()).extracting("field").containsExactly("title", "description"));
    }

    @Test
    void aValidTicketPasses() {
        NewTicket ticket = new NewTicket("Check the gate", "North gate of the park");
        assertThat(ticket.validated()).isSameAs(ticket);
    }
}
