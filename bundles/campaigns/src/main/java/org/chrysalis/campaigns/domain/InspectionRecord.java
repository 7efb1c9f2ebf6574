package org.chrysalis.campaigns.domain;

import java.time.Instant;
import java.util.List;

import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.validation.CreditCode;

/**
 * An inspection of a site or enterprise under a campaign, as the inspector records it. Every
 * finding becomes a problem with its rectification task. {@code inspectedAt} defaults to now;
 * whether it lies in the future is the service's check (it owns the clock).
 */
public record InspectionRecord(Long campaignId, String siteName, String creditCode, String address, String areaCode,
                               Instant inspectedAt, List<ChecklistItem> checklist, List<Finding> findings,
                               String summary) {

    public static final int FINDINGS_MAX = 100;

    /** One line of the checklist: what was checked and whether it passed. */
    public record ChecklistItem(String item, Boolean passed, String note) {
    }

    /** A problem found, with who must rectify it. */
    public record Finding(String description, Severity severity, String responsibleParty, String responsibleDepartment,
                          String requiredEvidence) {
    }

    public List<ChecklistItem> checklistItems() {
        return checklist == null ? List.of() : checklist;
    }

    public List<Finding> findingList() {
        return findings == null ? List.of() : findings;
    }

    public void validate() {
        var errors = new FieldErrors()
                .required("campaignId", campaignId)
                .required("siteName", siteName)
                .maxLength("siteName", siteName, 200)
                .maxLength("address", address, 500)
                .maxLength("areaCode", areaCode, 64)
                .maxLength("summary", summary, 4000);
        if (creditCode != null && !creditCode.isBlank()) {
            errors.check(CreditCode.isValid(CreditCode.normalize(creditCode)), "creditCode",
                    "must be a unified social credit code of 18 characters with a valid check character (GB 32100-2015)");
        }
        errors.check(checklistItems().size() <= 200, "checklist", "must have at most 200 items");
        for (int i = 0; i < checklistItems().size(); i++) {
            ChecklistItem c = checklistItems().get(i);
            errors.check(c != null && c.item() != null && !c.item().isBlank(), "checklist[" + i + "].item", "is required");
            errors.check(c != null && c.passed() != null, "checklist[" + i + "].passed", "is required");
        }
        errors.check(findingList().size() <= FINDINGS_MAX, "findings", "must have at most " + FINDINGS_MAX + " findings");
        for (int i = 0; i < findingList().size(); i++) {
            Finding f = findingList().get(i);
            String p = "findings[" + i + "].";
            if (f == null) {
                errors.add(p + "description", "is required");
                continue;
            }
            errors.required(p + "description", f.description()).maxLength(p + "description", f.description(), 2000)
                    .required(p + "severity", f.severity())
                    .required(p + "responsibleParty", f.responsibleParty())
                    .maxLength(p + "responsibleParty", f.responsibleParty(), 200)
                    .required(p + "responsibleDepartment", f.responsibleDepartment())
                    .maxLength(p + "responsibleDepartment", f.responsibleDepartment(), CampaignDraft.DEPARTMENT_MAX)
                    .maxLength(p + "requiredEvidence", f.requiredEvidence(), 1000);
        }
        errors.throwIfAny();
    }
}
