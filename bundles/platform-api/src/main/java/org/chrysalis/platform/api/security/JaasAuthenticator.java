package org.chrysalis.platform.api.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Checks a user name and password against Karaf's JAAS realm, where administrators manage users
 * at runtime ({@code jaas:*} commands or {@code etc/users.properties}).
 */
public final class JaasAuthenticator {

    public static final String DEFAULT_REALM = "karaf";

    private final String realm;

    public JaasAuthenticator() {
        this(DEFAULT_REALM);
    }

    public JaasAuthenticator(String realm) {
        this.realm = realm;
    }

    /** The actor for valid credentials, empty for invalid ones. */
    public Optional<Actor> authenticate(String user, String password) {
        if (user == null || user.isEmpty() || password == null) {
            return Optional.empty();
        }
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            }, null);
            login.login();
        } catch (LoginException e) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        for (RolePrincipal role : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(role.getName());
        }
        return Optional.of(new Actor(user, roles));
    }
}
