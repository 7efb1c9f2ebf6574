package org.chrysalis.emergency.domain;

import org.chrysalis.platform.api.problem.FieldErrors;

/** What a user submits to open a ticket. */
public record NewTicket(String title, String description) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    /** Throws a 400 problem naming every invalid field. */
    public NewTicket validated() {
        new FieldErrors()
                .required("title", title)
                .maxLength("title", title, TITLE_MAX)
                .maxLength("description", description, DESCRIPTION_MAX)
                .throwIfAny();
        return this;
    }
}
