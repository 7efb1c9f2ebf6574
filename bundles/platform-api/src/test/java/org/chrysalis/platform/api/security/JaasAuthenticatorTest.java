package org.chrysalis.platform.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class JaasAuthenticatorTest {

    private final AtomicInteger logins = new AtomicInteger();

    private Optional<Actor> verify(String user, String password) {
        logins.incrementAndGet();
        return user.equals(password) ? Optional.of(new Actor(user, Set.of(user))) : Optional.empty();
    }

    @Test
    void successfulLoginsAreRememberedForAWhile() {
        JaasAuthenticator authenticator = new JaasAuthenticator(this::verify, Duration.ofMinutes(1));
        assertThat(authenticator.authenticate("admin", "admin")).isPresent();
        assertThat(authenticator.authenticate("admin", "admin")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("admin"));
        assertThat(logins).hasValue(1);
    }

    @Test
    void anotherPasswordIsCheckedAgainAndFailuresAreNeverRemembered() {
        JaasAuthenticator authenticator = new JaasAuthenticator(this::verify, Duration.ofMinutes(1));
        authenticator.authenticate("admin", "admin");
        assertThat(authenticator.authenticate("admin", "wrong")).isEmpty();
        assertThat(authenticator.authenticate("admin", "wrong")).isEmpty();
        assertThat(logins).hasValue(3);
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        JaasAuthenticator authenticator = new JaasAuthenticator(this::verify, Duration.ZERO);
        authenticator.authenticate("admin", "admin");
        authenticator.authenticate("admin", "admin");
        assertThat(logins).hasValue(2);
    }

    @Test
    void blankCredentialsAreRefusedWithoutALogin() {
        JaasAuthenticator authenticator = new JaasAuthenticator(this::verify, Duration.ofMinutes(1));
        assertThat(authenticator.authenticate("", "x")).isEmpty();
        assertThat(authenticator.authenticate("admin", null)).isEmpty();
        assertThat(logins).hasValue(0);
    }
}
