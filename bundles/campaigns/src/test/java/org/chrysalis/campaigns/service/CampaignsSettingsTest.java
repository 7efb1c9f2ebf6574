package org.chrysalis.campaigns.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Hashtable;

import org.chrysalis.campaigns.domain.Severity;
import org.junit.jupiter.api.Test;

class CampaignsSettingsTest {

    @Test
    void anEditIsReadAndAnInvalidOneKeepsThePreviousSettings() {
        CampaignsSettings settings = new CampaignsSettings();
        assertThat(settings.policy().deadlineFor(Severity.HIGH)).isEqualTo(Duration.ofDays(7));
        assertThat(settings.handoffKeyArea()).isEqualTo("work-safety");

        Hashtable<String, Object> edit = new Hashtable<>();
        edit.put("deadline.HIGH", "P5D");
        edit.put("score.reopenWeight", "0");
        edit.put("handoff.keyArea", "fire-safety");
        edit.put("demo.enabled", "false");
        settings.updated(edit);
        assertThat(settings.policy().deadlineFor(Severity.HIGH)).isEqualTo(Duration.ofDays(5));
        assertThat(settings.weights().reopen()).isZero();
        assertThat(settings.handoffKeyArea()).isEqualTo("fire-safety");
        assertThat(settings.demoData()).isFalse();

        Hashtable<String, Object> invalid = new Hashtable<>();
        invalid.put("deadline.HIGH", "soon");
        settings.updated(invalid);
        assertThat(settings.policy().deadlineFor(Severity.HIGH)).isEqualTo(Duration.ofDays(5));
        assertThat(settings.handoffKeyArea()).isEqualTo("fire-safety");

        settings.updated(null);
        assertThat(settings.policy().deadlineFor(Severity.HIGH)).as("no configuration: defaults").isEqualTo(Duration.ofDays(7));
    }
}
