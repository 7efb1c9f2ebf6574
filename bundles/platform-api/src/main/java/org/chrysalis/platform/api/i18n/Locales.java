package org.chrysalis.platform.api.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The people who use the platform read Chinese first: zh-CN is the default and English the
 * alternative. Resource bundles keep Chinese in the base file ({@code labels.properties}) and
 * English in {@code labels_en.properties}.
 */
public final class Locales {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Locales() {
    }

    /** The first supported language of the client's preferences, zh-CN otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return DEFAULT;
            }
        }
        return DEFAULT;
    }

    /** A label from a bundle of the caller's class loader; the key itself when it is missing. */
    public static String label(String baseName, ClassLoader loader, Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName,
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                    loader, NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : key;
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
