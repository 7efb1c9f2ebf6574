package org.chrysalis.grid.shell;

import java.security.AccessController;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.chrysalis.platform.api.security.Actor;

/** The signed-in shell user as an Actor: Karaf runs each command as the session's JAAS subject. */
final class ShellActors {

    private ShellActors() {
    }

    @SuppressWarnings("removal")
    static Actor current() {
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
