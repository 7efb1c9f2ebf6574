package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.chrysalis.platform.api.problem.FieldError;
import org.junit.jupiter.api.Test;

class AlarmValidationTest {

    private static final String CODE = "91350100M000100Y43";

    @Test
    void aCompleteRequestIsValid() {
        assertThat(AlarmValidation.validateRaise(
                new RaiseRequest("Fuqing Chemical Co.", CODE, "Jiangyin Park", AlarmKind.LEAK, "Chlorine valve", false)))
                .isEmpty();
    }

    @Test
    void descriptionIsOptionalAndCreditCodeIsNormalised() {
        assertThat(AlarmValidation.validateRaise(
                new RaiseRequest("Fuqing Chemical Co.", " 91350100m000100y43", "Jiangyin Park", AlarmKind.FIRE, null, true)))
                .isEmpty();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertThat(AlarmValidation.validateRaise(new RaiseRequest(" ", null, "", null, null, false)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("enterpriseName", "is required"),
                        tuple("creditCode", "is required"),
                        tuple("park", "is required"),
                        tuple("kind", "is required"));
    }

    @Test
    void reportsTooLongFields() {
        var request = new RaiseRequest("x".repeat(201), CODE, "p".repeat(101), AlarmKind.OTHER, "d".repeat(2001), false);
        assertThat(AlarmValidation.validateRaise(request))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("enterpriseName", "must be at most 200 characters"),
                        tuple("park", "must be at most 100 characters"),
                        tuple("description", "must be at most 2000 characters"));
    }

    @Test
    void acceptsFieldsAtTheirMaximumLength() {
        var request = new RaiseRequest("x".repeat(200), CODE, "p".repeat(100), AlarmKind.OTHER, "d".repeat(2000), false);
        assertThat(AlarmValidation.validateRaise(request)).isEmpty();
    }

    @Test
    void reportsWhyTheCreditCodeIsInvalid() {
        assertThat(AlarmValidation.validateRaise(
                new RaiseRequest("Co", "91350100M000100Y44", "Park", AlarmKind.FIRE, null, false)))
                .containsExactly(new FieldError("creditCode", "check character does not match (expected '3')"));
        assertThat(AlarmValidation.validateRaise(new RaiseRequest("Co", "12345", "Park", AlarmKind.FIRE, null, false)))
                .containsExactly(new FieldError("creditCode", "must be 18 characters"));
    }

    @Test
    void aNullRequestIsOneError() {
        assertThat(AlarmValidation.validateRaise(null)).containsExactly(new FieldError("", "is required"));
    }

    @Test
    void validatesEachResourceFieldWithItsIndex() {
        assertThat(AlarmValidation.validateResource(0, ResourceKind.TEAM, "Fire brigade 1", 12)).isEmpty();
        assertThat(AlarmValidation.validateResource(2, null, " ", 0))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("resources[2].kind", "is required"),
                        tuple("resources[2].name", "is required"),
                        tuple("resources[2].quantity", "must be greater than 0"));
        assertThat(AlarmValidation.validateResource(1, ResourceKind.MATERIAL, "n".repeat(101), null))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("resources[1].name", "must be at most 100 characters"),
                        tuple("resources[1].quantity", "is required"));
        assertThat(AlarmValidation.validateResource(0, ResourceKind.VEHICLE, "Tanker", -3))
                .containsExactly(new FieldError("resources[0].quantity", "must be greater than 0"));
    }

    @Test
    void notesAreBounded() {
        assertThat(AlarmValidation.validateNote(null)).isEmpty();
        assertThat(AlarmValidation.validateNote("n".repeat(500))).isEmpty();
        assertThat(AlarmValidation.validateNote("n".repeat(501)))
                .containsExactly(new FieldError("note", "must be at most 500 characters"));
    }
}
