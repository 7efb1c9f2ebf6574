package org.chrysalis.platform.api.security;

import java.security.AccessController;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The user a piece of code runs as, read from the current JAAS subject: Karaf runs each shell
 * command as the session's subject, so {@code <capability>:*} commands act as the signed-in user.
 */
public final class SubjectActors {

    private SubjectActors() {
    }

    /** The current subject's user and roles; {@link Actor#SYSTEM} when no subject is set. */
    @SuppressWarnings("removal")
    public static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return Actor.SYSTEM;
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName)
                .findFirst().orElse("shell");
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                .collect(Collectors.toSet());
        return new Actor(name, roles);
    }
}
