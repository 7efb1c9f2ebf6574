package org.chrysalis.parking.service;

import java.util.Locale;

import org.chrysalis.platform.api.i18n.Locales;

/** Labels people read, from {@code labels.properties} (zh-CN) and {@code labels_en.properties}. */
public final class Labels {

    private static final String BUNDLE = "org.chrysalis.parking.labels";

    private Labels() {
    }

    public static String of(Locale locale, String key) {
        return Locales.label(BUNDLE, Labels.class.getClassLoader(), locale, key);
    }
}
