package org.chrysalis.campaigns.domain;

import java.time.LocalDate;
import java.util.List;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * A new campaign. A standing campaign belongs to a key area and may run without an end date;
 * an ad-hoc campaign (the "N") needs an end date and may name a key area it relates to.
 * Whether the key area and the covered areas exist is the service's check.
 */
public record CampaignDraft(String name, CampaignKind kind, String keyAreaCode, String leadDepartment,
                            List<String> participatingDepartments, LocalDate startDate, LocalDate endDate,
                            List<String> areaCodes, Targets targets, String description) {

    public static final int NAME_MAX = 200;
    public static final int DEPARTMENT_MAX = 100;
    public static final int DEPARTMENTS_MAX = 30;

    public List<String> departments() {
        return participatingDepartments == null ? List.of() : participatingDepartments;
    }

    public List<String> areas() {
        return areaCodes == null ? List.of() : areaCodes;
    }

    /** Throws a 400 problem listing every invalid field. */
    public void validate() {
        var errors = new FieldErrors()
                .required("name", name)
                .maxLength("name", name, NAME_MAX)
                .required("kind", kind)
                .required("leadDepartment", leadDepartment)
                .maxLength("leadDepartment", leadDepartment, DEPARTMENT_MAX)
                .required("startDate", startDate)
                .maxLength("description", description, 4000);
        if (kind == CampaignKind.STANDING) {
            errors.required("keyAreaCode", keyAreaCode);
        }
        if (kind == CampaignKind.AD_HOC) {
            errors.required("endDate", endDate);
        }
        if (startDate != null && endDate != null) {
            errors.check(!endDate.isBefore(startDate), "endDate", "must not be before startDate");
        }
        errors.check(departments().size() <= DEPARTMENTS_MAX, "participatingDepartments",
                "must list at most " + DEPARTMENTS_MAX + " departments");
        for (String d : departments()) {
            errors.check(d != null && !d.isBlank() && d.length() <= DEPARTMENT_MAX, "participatingDepartments",
                    "every department needs a name of at most " + DEPARTMENT_MAX + " characters");
        }
        errors.check(areas().size() <= 200, "areaCodes", "must list at most 200 areas");
        if (targets != null) {
            targets.collectErrors(errors, "targets.");
        }
        errors.throwIfAny();
    }
}
