package org.chrysalis.campaigns.service;

import java.util.Locale;

import org.chrysalis.platform.api.i18n.Locales;

/** Labels people read, from labels.properties (zh-CN) and labels_en.properties. */
final class Labels {

    private static final String BUNDLE = "org.chrysalis.campaigns.labels";

    private Labels() {
    }

    static String of(Locale locale, String prefix, Enum<?> value) {
        return value == null ? null : Locales.label(BUNDLE, Labels.class.getClassLoader(), locale, prefix + "." + value.name());
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
