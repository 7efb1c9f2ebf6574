package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.chrysalis.mediation.domain.Problems.invalidFields;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementTermsTest {

    private static final LocalDate DUE = LocalDate.of(2025, 4, 15);

    static Stream<Arguments> oneBadField() {
        return Stream.of(
                Arguments.of("terms", new AgreementTerms(null, 100L, DUE)),
                Arguments.of("terms", new AgreementTerms(" ", 100L, DUE)),
                Arguments.of("terms", new AgreementTerms("x".repeat(4_001), 100L, DUE)),
                Arguments.of("amountFen", new AgreementTerms("refund", null, DUE)),
                Arguments.of("amountFen", new AgreementTerms("refund", -1L, DUE)),
                Arguments.of("amountFen", new AgreementTerms("refund", 100_000_000_001L, DUE)),
                Arguments.of("dueDate", new AgreementTerms("refund", 100L, null)));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("oneBadField")
    void eachInvalidFieldIsReportedByName(String field, AgreementTerms terms) {
        assertThat(invalidFields(terms::validate)).containsExactly(field);
    }

    @Test
    void validTermsPassIncludingAnAgreementWithoutPayment() {
        assertThatCode(() -> new AgreementTerms("x".repeat(4_000), 0L, DUE).validate()).doesNotThrowAnyException();
        assertThatCode(() -> new AgreementTerms("refund", 100_000_000_000L, DUE).validate()).doesNotThrowAnyException();
    }

    @Test
    void everyMissingFieldAtOnce() {
        assertThat(invalidFields(() -> new AgreementTerms(null, null, null).validate()))
                .containsExactly("terms", "amountFen", "dueDate");
    }
}
