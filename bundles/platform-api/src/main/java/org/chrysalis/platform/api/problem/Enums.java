package org.chrysalis.platform.api.problem;

import java.util.Arrays;

/** Enum constants from text that came over the wire (SOAP parameters, shell options). */
public final class Enums {

    private Enums() {
    }

    /** The constant named {@code value}; a 400 problem naming the field and the choices otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Like {@link #parse}, but null or blank text means "not given". */
    public static <E extends Enum<E>> E parseOptional(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : parse(type, field, value);
    }
}
