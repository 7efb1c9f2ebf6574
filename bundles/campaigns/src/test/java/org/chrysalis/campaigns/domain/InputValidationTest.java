package org.chrysalis.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chrysalis.campaigns.domain.Problems.invalidFields;

import java.time.LocalDate;
import java.util.List;

import org.chrysalis.campaigns.domain.InspectionRecord.ChecklistItem;
import org.chrysalis.campaigns.domain.InspectionRecord.Finding;
import org.junit.jupiter.api.Test;

class InputValidationTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    @Test
    void anAdHocCampaignNeedsAnEndDateAndAStandingOneAKeyArea() {
        new CampaignDraft("燃气安全专项整治", CampaignKind.AD_HOC, null, "应急管理局", List.of("住建局"), START,
                START.plusMonths(2), List.of(), new Targets(95, 0, null), null).validate();
        assertThat(invalidFields(() -> new CampaignDraft("x", CampaignKind.AD_HOC, null, "应急管理局", null, START, null,
                null, null, null).validate())).containsExactly("endDate");
        assertThat(invalidFields(() -> new CampaignDraft("x", CampaignKind.STANDING, null, "应急管理局", null, START, null,
                null, null, null).validate())).containsExactly("keyAreaCode");
    }

    @Test
    void everyInvalidCampaignFieldIsReported() {
        assertThat(invalidFields(() -> new CampaignDraft("", null, null, null, List.of(""), START, START.minusDays(1),
                null, new Targets(120, -1, -2), null).validate())).containsExactly("name", "kind", "leadDepartment",
                "endDate", "participatingDepartments", "targets.closureRatePercent", "targets.maxOverdueHighSeverity",
                "targets.maxMedianDays");
    }

    @Test
    void inspectionsNeedASiteAValidCreditCodeAndCompleteFindings() {
        new InspectionRecord(1L, "某化工有限公司", "91620100MA71ABCD1U", "新区化工园区", null, null,
                List.of(new ChecklistItem("消防通道畅通", true, null)),
                List.of(new Finding("危化品仓库未设置防爆灯具", Severity.MAJOR_HAZARD, "某化工有限公司", "应急管理局", "整改照片")),
                null).validate();
        // the code is checked as it will be stored: stripped and upper-cased
        new InspectionRecord(1L, "某化工有限公司", " 91620100ma71abcd1u ", null, null, null, null, null, null).validate();
        assertThat(invalidFields(() -> new InspectionRecord(null, " ", "91620100MA71ABCD1X", null, null, null,
                List.of(new ChecklistItem("", null, null)),
                List.of(new Finding("x", null, "", "环保局", null)), null).validate()))
                .containsExactly("campaignId", "siteName", "creditCode", "checklist[0].item", "checklist[0].passed",
                        "findings[0].severity", "findings[0].responsibleParty");
    }

    @Test
    void submissionsNeedEvidenceAndRejectionsReasons() {
        assertThat(invalidFields(() -> new ActionRequest(TaskAction.SUBMIT, null, null).validate()))
                .containsExactly("evidence");
        assertThat(invalidFields(() -> new ActionRequest(TaskAction.REJECT, null, null).validate()))
                .containsExactly("comment");
        assertThat(invalidFields(() -> new ActionRequest(TaskAction.REOPEN, " ", null).validate()))
                .containsExactly("comment");
        assertThat(invalidFields(() -> new ActionRequest(null, null, null).validate())).containsExactly("action");
        assertThat(invalidFields(() -> new ActionRequest(TaskAction.ESCALATE, null, null).validate()))
                .containsExactly("action");
        assertThat(invalidFields(() -> new ActionRequest(TaskAction.SUBMIT, null,
                List.of(new ActionRequest.Evidence("照片", "ftp://x"))).validate())).containsExactly("evidence[0].url");
        new ActionRequest(TaskAction.SUBMIT, null, List.of(new ActionRequest.Evidence("整改后照片",
                "https://example.org/after.jpg"))).validate();
    }
}
