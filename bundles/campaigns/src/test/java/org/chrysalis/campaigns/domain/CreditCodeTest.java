package org.chrysalis.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void publishedCodesAreValid() {
        // codes as printed on business licences
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
        assertThat(CreditCode.isValid(" 91350100m000100y43 ")).as("normalised").isTrue();
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91110000600037341X")).isFalse();
    }

    @Test
    void lengthAndAlphabetAreChecked() {
        assertThat(CreditCode.isValid(null)).isFalse();
        assertThat(CreditCode.isValid("")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        // I, O, S, V and Z are not in the alphabet
        assertThat(CreditCode.isValid("91350100M0001OOY43")).isFalse();
    }

    @Test
    void theCheckCharacterCompletesAnyBody() {
        String body = "91620100MA71ABCD1";
        String code = body + CreditCode.checkCharacter(body);
        assertThat(CreditCode.isValid(code)).isTrue();
    }
}
