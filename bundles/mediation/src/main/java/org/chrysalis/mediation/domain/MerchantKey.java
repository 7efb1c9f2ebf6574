package org.chrysalis.mediation.domain;

import java.util.Locale;

/**
 * The key by which the same merchant is recognised across disputes, for conflict checks. The unified social
 * credit code identifies a business uniquely, so it wins when known; otherwise consumers type the name in
 * varying spacing and case, which the key ignores. A merchant known by code in one dispute and by name only
 * in another gets two keys: a name cannot be mapped to a code without a registry.
 */
public final class MerchantKey {

    private MerchantKey() {
    }

    /**
     * The credit code stripped and upper-cased when present, else the name without any whitespace
     * (ideographic and no-break spaces included) and lower-cased.
     *
     * @throws IllegalArgumentException when both are blank
     */
    public static String of(String unifiedSocialCreditCode, String name) {
        if (unifiedSocialCreditCode != null && !unifiedSocialCreditCode.isBlank()) {
            return unifiedSocialCreditCode.strip().toUpperCase(Locale.ROOT);
        }
        var key = new StringBuilder();
        if (name != null) {
            name.codePoints()
                    .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                    .forEach(key::appendCodePoint);
        }
        // checked after stripping, since a name of only no-break spaces is not blank to String.isBlank
        if (key.isEmpty()) {
            throw new IllegalArgumentException("A merchant needs a credit code or a name.");
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
