package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MerchantKeyTest {

    @Test
    void theCreditCodeWinsTrimmedAndUpperCased() {
        assertThat(MerchantKey.of(" 91110000600037341l\t", "Happy Mart")).isEqualTo("91110000600037341L");
    }

    @Test
    void theSameCodeMatchesWhateverTheNameSays() {
        assertThat(MerchantKey.of("91110000600037341L", "Happy Mart"))
                .isEqualTo(MerchantKey.of("91110000600037341l", "HAPPY MART CO., LTD."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | Happy Mart",
            "'' | happy mart",
            "'   ' | HAPPY  MART",
            "NULL | ' Happy\tMart\n'",
    })
    void withoutACodeTheNameIgnoresSpacingAndCase(String code, String name) {
        assertThat(MerchantKey.of(code, name)).isEqualTo("happymart");
    }

    @Test
    void chineseNamesLoseIdeographicAndNoBreakSpaces() {
        assertThat(MerchantKey.of(null, "北京\u3000快乐 超市\u00a0有限公司")).isEqualTo("北京快乐超市有限公司");
    }

    @Test
    void differentMerchantsKeepDifferentKeys() {
        assertThat(MerchantKey.of(null, "Happy Mart")).isNotEqualTo(MerchantKey.of(null, "Happy Market"));
    }

    @Test
    void aMerchantWithNeitherCodeNorNameHasNoKey() {
        assertThatThrownBy(() -> MerchantKey.of(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerchantKey.of(" ", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerchantKey.of(null, "\u00a0\u3000")).isInstanceOf(IllegalArgumentException.class);
    }
}
