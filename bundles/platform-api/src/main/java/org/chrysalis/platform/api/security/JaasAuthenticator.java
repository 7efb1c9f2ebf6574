package org.chrysalis.platform.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Checks a user name and password against Karaf's JAAS realm, where administrators manage users
 * at runtime ({@code jaas:*} commands; the realm reads {@code etc/chrysalis-users.properties}).
 *
 * <p>A JAAS login re-reads the users file and writes the security audit log, which cost more than
 * the request it guards. Successful logins are therefore remembered for {@link #DEFAULT_TTL}
 * (keyed by user and a SHA-256 of the password, never the password itself): a changed password
 * or role takes effect within that time. Failed logins are never remembered.
 */
public final class JaasAuthenticator {

    public static final String DEFAULT_REALM = "karaf";
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private final BiFunction<String, String, Optional<Actor>> verifier;
    private final Duration ttl;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Actor actor, long expiresAtNanos) {
    }

    public JaasAuthenticator() {
        this(DEFAULT_REALM);
    }

    public JaasAuthenticator(String realm) {
        this(realm, DEFAULT_TTL);
    }

    public JaasAuthenticator(String realm, Duration ttl) {
        this((user, password) -> login(realm, user, password), ttl);
    }

    /** With another check than JAAS, for tests. */
    JaasAuthenticator(BiFunction<String, String, Optional<Actor>> verifier, Duration ttl) {
        this.verifier = verifier;
        this.ttl = ttl;
    }

    /** The actor for valid credentials, empty for invalid ones. */
    public Optional<Actor> authenticate(String user, String password) {
        if (user == null || user.isEmpty() || password == null) {
            return Optional.empty();
        }
        String key = user + '\u0000' + sha256(password);
        long now = System.nanoTime();
        Remembered hit = remembered.get(key);
        if (hit != null && now - hit.expiresAtNanos() < 0) {
            return Optional.of(hit.actor());
        }
        Optional<Actor> actor = verifier.apply(user, password);
        if (actor.isPresent() && !ttl.isZero()) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, new Remembered(actor.get(), now + ttl.toNanos()));
        } else {
            remembered.remove(key);
        }
        return actor;
    }

    private static Optional<Actor> login(String realm, String user, String password) {
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

    private static String sha256(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
