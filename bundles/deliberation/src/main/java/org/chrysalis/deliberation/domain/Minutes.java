package org.chrysalis.deliberation.domain;

import java.util.List;

import org.chrysalis.platform.api.problem.FieldErrors;

/** The minutes that close a meeting, as Decidim keeps them: text, how many attended, who said what. */
public record Minutes(String text, Integer attendeeCount, List<Contribution> contributions) {

    public record Contribution(String speaker, String summary) {
    }

    public void validate() {
        FieldErrors errors = new FieldErrors().required("text", text).maxLength("text", text, 8000)
                .required("attendeeCount", attendeeCount);
        if (attendeeCount != null) {
            errors.check(attendeeCount >= 0 && attendeeCount <= 100_000, "attendeeCount", "must be between 0 and 100000");
        }
        if (contributions != null) {
            for (int i = 0; i < contributions.size(); i++) {
                Contribution c = contributions.get(i);
                errors.required("contributions[" + i + "].speaker", c == null ? null : c.speaker())
                        .required("contributions[" + i + "].summary", c == null ? null : c.summary());
            }
        }
        errors.throwIfAny();
    }
}
