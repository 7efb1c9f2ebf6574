package org.chrysalis.platform.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalesTest {

    @Test
    void chineseIsTheDefault() {
        assertThat(Locales.pick(List.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Locales.pick(List.of(Locale.FRENCH))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void firstSupportedPreferenceWins() {
        assertThat(Locales.pick(List.of(Locale.FRENCH, Locale.US, Locale.CHINA))).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.pick(List.of(Locale.TAIWAN, Locale.ENGLISH))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void labelsComeFromTheBundleOrFallBackToTheKey() {
        ClassLoader loader = LocalesTest.class.getClassLoader();
        String base = "org.chrysalis.platform.api.rest.problems";
        assertThat(Locales.label(base, loader, Locale.ENGLISH, "status.404")).isEqualTo("Not Found");
        assertThat(Locales.label(base, loader, Locale.SIMPLIFIED_CHINESE, "status.404")).isEqualTo("未找到");
        assertThat(Locales.label(base, loader, Locale.ENGLISH, "missing")).isEqualTo("missing");
    }
}
