package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.chrysalis.mediation.domain.Problems.invalidFields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionTest {

    private static final Instant AT = Instant.parse("2025-03-10T06:00:00Z");
    private static final List<String> PEOPLE = List.of("Li Wei", "Shop manager Zhang");

    static Stream<Arguments> oneBadField() {
        var withNull = new ArrayList<String>(List.of("Li Wei"));
        withNull.add(null);
        return Stream.of(
                Arguments.of("scheduledAt", new Session(null, SessionMode.ONLINE, null, PEOPLE, null)),
                Arguments.of("mode", new Session(AT, null, null, PEOPLE, null)),
                Arguments.of("place", new Session(AT, SessionMode.IN_PERSON, "x".repeat(201), PEOPLE, null)),
                Arguments.of("attendees", new Session(AT, SessionMode.ONLINE, null, Collections.nCopies(21, "a"), null)),
                Arguments.of("attendees[1]", new Session(AT, SessionMode.ONLINE, null, withNull, null)),
                Arguments.of("attendees[0]", new Session(AT, SessionMode.ONLINE, null, List.of(" "), null)),
                Arguments.of("attendees[1]", new Session(AT, SessionMode.ONLINE, null, List.of("a", "x".repeat(101)), null)),
                Arguments.of("minutes", new Session(AT, SessionMode.ONLINE, null, PEOPLE, "x".repeat(8_001))));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("oneBadField")
    void eachInvalidFieldIsReportedByName(String field, Session session) {
        assertThat(invalidFields(session::validate)).containsExactly(field);
    }

    @Test
    void validSessionsPassAtTheLimits() {
        assertThatCode(() -> new Session(AT, SessionMode.IN_PERSON, "x".repeat(200),
                Collections.nCopies(20, "x".repeat(100)), "x".repeat(8_000)).validate()).doesNotThrowAnyException();
        assertThatCode(() -> new Session(AT, SessionMode.ONLINE, null, null, null).validate()).doesNotThrowAnyException();
    }
}
