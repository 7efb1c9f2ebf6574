package org.chrysalis.platform.core.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's JAAS realm {@code karaf}: Karaf's own realm (same login modules, same password
 * encryption from {@code etc/org.apache.karaf.jaas.cfg}) reading the platform's users files instead
 * of {@code etc/users.properties}, and registered with a higher rank so that SSH, JMX, REST, SOAP and
 * the {@code jaas:*} commands all use it.
 *
 * <p>Why not Karaf's realm on {@code etc/users.properties}: with encryption on, Karaf also starts a
 * watcher (one or more per configuration update) that re-reads that file on every change and
 * writes it back when it sees a password it does not recognise as hashed. The {@code jaas:*}
 * commands rewrite the same file in place (truncate, then write), so the watcher can read a torn
 * file: after {@code jaas:role-add clerk integrator} it may read the old last line followed by the
 * new tail, i.e. a line {@code integrator} with no password, and then store SHA-512 of the empty
 * string as {@code integrator}'s password and drop the roles just written. No watcher looks at the
 * files read here; passwords are hashed by the login module's backing engine when they are added.
 *
 * <p>Two files: {@value #USERS_FILE} (the district's own accounts, where {@code jaas:user-add}
 * writes) and {@value #DEMO_USERS_FILE} (the demo users, whose passwords the README publishes),
 * which {@code demo.users = false} in {@code etc/org.chrysalis.platform.cfg} takes out of the realm.
 * A name in the district's file overrides the demo user of that name: once an administrator sets
 * {@code admin}'s own password, the published one no longer signs in, even with demo users on.
 */
public final class ChrysalisRealm implements JaasRealm {

    public static final String NAME = "karaf";
    /** Above Karaf's own realm (rank 0): Karaf's JAAS configuration serves the highest rank of a name. */
    public static final int RANK = 10;
    /** Service property that tells this realm apart from Karaf's, which it copies. */
    public static final String MARKER = "org.chrysalis.realm";
    public static final String USERS_FILE = "chrysalis-users.properties";
    public static final String DEMO_USERS_FILE = "chrysalis-demo-users.properties";
    static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    static final String MODULE_OPTION = "org.apache.karaf.jaas.module";
    static final String USERS_OPTION = "users";
    static final String GROUP_PREFIX = "_g_:";

    private static final Logger LOG = LoggerFactory.getLogger(ChrysalisRealm.class);

    private final Supplier<AppConfigurationEntry[]> karafEntries;
    /** The demo users not overridden by the district's file, kept under {@code karaf.data}. */
    static final String DEMO_USERS_IN_EFFECT = "chrysalis/demo-users-in-effect.properties";

    private final Path etc;
    private final Path data;
    private final boolean demoUsers;

    /** As wired in the platform's blueprint: Karaf's realm is looked up at each login. */
    public ChrysalisRealm(BundleContext context, boolean demoUsers) {
        this(() -> karafRealmEntries(context), Path.of(System.getProperty("karaf.etc", "etc")),
                Path.of(System.getProperty("karaf.data", "data")), demoUsers);
    }

    ChrysalisRealm(Supplier<AppConfigurationEntry[]> karafEntries, Path etc, Path data, boolean demoUsers) {
        this.karafEntries = karafEntries;
        this.etc = etc;
        this.data = data;
        this.demoUsers = demoUsers;
    }

    /** Says once per start, as a WARN, that accounts with published passwords can sign in. */
    public void start() {
        if (demoUsers) {
            LOG.warn("Demo users are active: {} accounts whose passwords are published can sign in ({}). "
                    + "Create your own administrator, then set demo.users = false in etc/org.chrysalis.platform.cfg "
                    + "and restart.", demoUserNames().size(), etc.resolve(DEMO_USERS_FILE));
        } else {
            LOG.info("Demo users are disabled (demo.users = false in etc/org.chrysalis.platform.cfg)");
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    /**
     * Karaf's entries with its properties login module pointed at the platform's users file (first,
     * so {@code jaas:realm-manage --realm karaf} edits it) and, while demo users are on, a second one
     * on the demo users file. Without Karaf's realm there is nothing to copy: no entry, no login.
     * Without the platform's users file (the platform installed into a stock Karaf) Karaf's entries
     * are left as they are, so {@code etc/users.properties} keeps serving.
     */
    @Override
    public AppConfigurationEntry[] getEntries() {
        AppConfigurationEntry[] karaf = karafEntries.get();
        if (!Files.isRegularFile(etc.resolve(USERS_FILE))) {
            return karaf;
        }
        List<AppConfigurationEntry> entries = new ArrayList<>();
        for (AppConfigurationEntry entry : karaf) {
            if (PROPERTIES_MODULE.equals(entry.getOptions().get(MODULE_OPTION))) {
                entries.add(withUsers(entry, etc.resolve(USERS_FILE)));
                if (demoUsers) {
                    entries.add(withUsers(entry, demoUsersInEffect()));
                }
            } else {
                entries.add(entry);
            }
        }
        return entries.toArray(AppConfigurationEntry[]::new);
    }

    /** The user names of the demo users file (groups left out). */
    List<String> demoUserNames() {
        return userNames(etc.resolve(DEMO_USERS_FILE)).stream().sorted().toList();
    }

    /**
     * The demo users file itself, or, when the district's file has users of the same names, a copy
     * without them: otherwise the second login module would still accept a published password the
     * administrator has replaced. The copy is rewritten (atomically) only when it changes.
     */
    Path demoUsersInEffect() {
        Path demo = etc.resolve(DEMO_USERS_FILE);
        Set<String> own = userNames(etc.resolve(USERS_FILE));
        if (own.isEmpty() || !Files.isRegularFile(demo)) {
            return demo;
        }
        try {
            List<String> lines = Files.readAllLines(demo, StandardCharsets.ISO_8859_1);
            List<String> kept = lines.stream().filter(line -> !own.contains(key(line))).toList();
            if (kept.size() == lines.size()) {
                return demo;
            }
            Path effective = data.resolve(DEMO_USERS_IN_EFFECT);
            if (!Files.isRegularFile(effective) || !Files.readAllLines(effective, StandardCharsets.ISO_8859_1).equals(kept)) {
                Files.createDirectories(effective.getParent());
                Path next = Files.createTempFile(effective.getParent(), "demo-users", ".tmp");
                Files.write(next, kept, StandardCharsets.ISO_8859_1);
                Files.move(next, effective, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return effective;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo users", e);
        }
    }

    /** The user name a properties line defines, or null for comments, blanks and groups. */
    private static String key(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || trimmed.startsWith("_g_")) {
            return null;
        }
        int end = 0;
        while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        return trimmed.substring(0, end);
    }

    private static Set<String> userNames(Path file) {
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            users.load(in);
        } catch (IOException e) {
            return Set.of();
        }
        return users.stringPropertyNames().stream().filter(name -> !name.startsWith(GROUP_PREFIX)).collect(Collectors.toSet());
    }

    private static AppConfigurationEntry withUsers(AppConfigurationEntry entry, Path users) {
        Map<String, Object> options = new HashMap<>(entry.getOptions());
        options.put(USERS_OPTION, users.toString());
        return new AppConfigurationEntry(entry.getLoginModuleName(), entry.getControlFlag(), options);
    }

    private static AppConfigurationEntry[] karafRealmEntries(BundleContext context) {
        try {
            JaasRealm best = null;
            for (ServiceReference<JaasRealm> reference : context.getServiceReferences(JaasRealm.class, "(!(" + MARKER + "=*))")) {
                JaasRealm realm = context.getService(reference);
                try {
                    if (realm != null && NAME.equals(realm.getName()) && (best == null || realm.getRank() > best.getRank())) {
                        best = realm;
                    }
                } finally {
                    context.ungetService(reference);
                }
            }
            return best == null ? new AppConfigurationEntry[0] : best.getEntries();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
