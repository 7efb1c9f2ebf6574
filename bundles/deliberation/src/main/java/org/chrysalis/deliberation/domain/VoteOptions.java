package org.chrysalis.deliberation.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chrysalis.platform.api.problem.FieldErrors;

/** The options of a topic's vote: at least two, distinct, each a short text. */
public record VoteOptions(List<String> options) {

    public static final int MAX = 20;

    public void validate() {
        FieldErrors errors = new FieldErrors();
        if (options == null || options.size() < 2) {
            errors.add("options", "must list at least two options");
        } else {
            errors.check(options.size() <= MAX, "options", "must list at most " + MAX + " options");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                String o = options.get(i);
                errors.required("options[" + i + "]", o).maxLength("options[" + i + "]", o, 200);
                if (o != null && !o.isBlank()) {
                    errors.check(seen.add(o.trim()), "options[" + i + "]", "is listed twice");
                }
            }
        }
        errors.throwIfAny();
    }
}
