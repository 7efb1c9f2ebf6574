package org.chrysalis.platform.api.problem;

import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details. {@code type} is a short slug ("validation", "not-found", ...) that the
 * REST layer turns into the URI {@code urn:chrysalis:problem:<slug>}; the title is localised from
 * the status unless given. {@code extensions} are extra members (for example "allowed" actions).
 */
public record Problem(int status, String type, String title, String detail,
                      List<FieldError> errors, Map<String, Object> extensions) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String type, String detail) {
        return new Problem(status, type, null, detail, List.of(), Map.of());
    }

    public Problem withExtension(String name, Object value) {
        var more = new java.util.LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(status, type, title, detail, errors, more);
    }
}
