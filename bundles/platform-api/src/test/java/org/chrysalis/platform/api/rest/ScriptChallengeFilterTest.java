package org.chrysalis.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptChallengeFilterTest {

    @Test
    void clientsWithoutTheHeaderKeepTheChallenge() {
        assertThat(ScriptChallengeFilter.challenges(401, null)).isTrue();
        assertThat(ScriptChallengeFilter.challenges(401, "curl")).isTrue();
    }

    @Test
    void scriptsGetNoChallenge() {
        assertThat(ScriptChallengeFilter.challenges(401, "XMLHttpRequest")).isFalse();
        assertThat(ScriptChallengeFilter.challenges(401, "xmlhttprequest")).isFalse();
    }
}
