package org.chrysalis.platform.api.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
 * 31-character set {@value #CHARSET}, the last being a check character over the first 17 (weights
 * 3^i mod 31). Checking it refuses a mistyped code at input, before an enterprise is recorded twice.
 */
public final class CreditCode {

    /** Digits and upper-case letters without I, O, S, V, Z; a character's value is its index. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Strips surrounding white space and upper-cases, as people type codes; null stays null. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code code}, as given (not normalised), is a valid credit code. */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** Why {@code code} (as given, not normalised) is not a valid credit code; empty when it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of("must be " + LENGTH + " characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " ('" + code.charAt(i)
                        + "') is not allowed; use digits and upper-case letters except I, O, S, V, Z");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("check character does not match (expected '" + expected + "')");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Need the first " + (LENGTH - 1) + " characters of a credit code.");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a credit code character.");
            }
            sum += value * WEIGHTS[i];
        }
        // a remainder of 0 gives check value 0, not 31
        int check = (31 - sum % 31) % 31;
        return CHARSET.charAt(check);
    }
}
