package org.chrysalis.deliberation.domain;

import org.chrysalis.platform.api.problem.FieldErrors;

/** What a villager sends to raise a topic. */
public record TopicDraft(String title, String description, TopicKind kind, Matter matter, String villageCode) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    public void validate() {
        new FieldErrors()
                .required("title", title).maxLength("title", title, TITLE_MAX)
                .required("description", description).maxLength("description", description, DESCRIPTION_MAX)
                .required("kind", kind)
                .required("matter", matter)
                .required("villageCode", villageCode).maxLength("villageCode", villageCode, 64)
                .throwIfAny();
    }
}
