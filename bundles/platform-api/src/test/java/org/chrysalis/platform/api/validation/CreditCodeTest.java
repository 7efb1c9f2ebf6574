package org.chrysalis.platform.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    // codes as printed on business licences
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T", "911100001000079554"})
    void acceptsCodesWithMatchingCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.problem(code)).isEmpty();
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.checkCharacter("91110000600037341")).isEqualTo('L');
        // a remainder of 0 maps to check value 0, not 31
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void theCheckCharacterCompletesAnyBody() {
        String body = "91620100MA71ABCD1";
        assertThat(CreditCode.isValid(body + CreditCode.checkCharacter(body))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4A", "91110000600037341M", "91350100M000100Y34",
            "91110000600037341X"})
    void rejectsAWrongCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.problem(code)).get().asString().startsWith("check character does not match");
    }

    @Test
    void namesTheExpectedCheckCharacter() {
        assertThat(CreditCode.problem("91350100M000100Y40")).contains("check character does not match (expected '3')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "9135 0100M000100Y43"})
    void rejectsWrongLengths(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.problem(code)).contains("must be 18 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100I000100Y43", "91350100O000100Y43", "91350100Z000100Y43",
            "91350100S000100Y43", "91350100V000100Y43", "91350100m000100Y43", "91350100-000100Y43"})
    void rejectsCharactersOutsideTheCharset(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.problem(code)).get().asString().startsWith("character 9 (");
    }

    @Test
    void checksTheCodeAsGivenSoCallersNormalizeFirst() {
        assertThat(CreditCode.isValid(null)).isFalse();
        assertThat(CreditCode.isValid(" 91350100m000100y43 ")).isFalse();
        assertThat(CreditCode.isValid(CreditCode.normalize(" 91350100m000100y43 "))).isTrue();
    }

    @Test
    void normalizeStripsAndUppercases() {
        assertThat(CreditCode.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
        // a full-width space, as a Chinese input method types it
        assertThat(CreditCode.normalize("91350100m000100y43\u3000")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.normalize(null)).isNull();
    }

    @Test
    void checkCharacterNeedsSeventeenCharsetCharacters() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("91350100I000100Y4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'I'");
    }
}
