package org.chrysalis.platform.api.problem;

/** One invalid input field: its JSON pointer-like path ("boundary.coordinates") and why. */
public record FieldError(String field, String message) {
}
