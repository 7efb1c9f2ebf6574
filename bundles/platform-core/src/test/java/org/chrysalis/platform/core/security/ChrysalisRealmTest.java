package org.chrysalis.platform.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChrysalisRealmTest {

    private static final String PROXY = "org.apache.karaf.jaas.boot.ProxyLoginModule";
    private static final String PUBLICKEY = "org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule";

    /** Karaf's realm as it is built from etc/org.apache.karaf.jaas.cfg. */
    private static final AppConfigurationEntry[] KARAF = {
        new AppConfigurationEntry(PROXY, LoginModuleControlFlag.SUFFICIENT, Map.of(
                ChrysalisRealm.MODULE_OPTION, ChrysalisRealm.PROPERTIES_MODULE,
                "users", "/karaf/etc/users.properties",
                "encryption.enabled", "true",
                "encryption.algorithm", "SHA-512")),
        new AppConfigurationEntry(PROXY, LoginModuleControlFlag.SUFFICIENT, Map.of(
                ChrysalisRealm.MODULE_OPTION, PUBLICKEY,
                "users", "/karaf/etc/keys.properties")),
    };

    @TempDir
    Path etc;

    @BeforeEach
    void usersFile() throws IOException {
        Files.writeString(etc.resolve("chrysalis-users.properties"), "_g_\\:admingroup = group,admin\n");
    }

    @Test
    void readsThePlatformsUsersFileFirstWithKarafsEncryption() {
        AppConfigurationEntry[] entries = new ChrysalisRealm(() -> KARAF, etc, etc.resolve("data"), false).getEntries();

        assertThat(entries).hasSize(2);
        assertThat(options(entries[0]))
                .containsEntry("users", etc.resolve("chrysalis-users.properties").toString())
                .containsEntry("encryption.enabled", "true")
                .containsEntry("encryption.algorithm", "SHA-512");
        assertThat(entries[0].getControlFlag()).isEqualTo(LoginModuleControlFlag.SUFFICIENT);
        assertThat(entries[1]).isSameAs(KARAF[1]);
    }

    @Test
    void demoUsersAreASecondUsersFileOnlyWhileSwitchedOn() {
        AppConfigurationEntry[] on = new ChrysalisRealm(() -> KARAF, etc, etc.resolve("data"), true).getEntries();
        AppConfigurationEntry[] off = new ChrysalisRealm(() -> KARAF, etc, etc.resolve("data"), false).getEntries();

        assertThat(Arrays.stream(on).map(e -> options(e).get("users")))
                .containsExactly(etc.resolve("chrysalis-users.properties").toString(),
                        etc.resolve("chrysalis-demo-users.properties").toString(), "/karaf/etc/keys.properties");
        assertThat(Arrays.stream(off).map(e -> options(e).get("users")))
                .doesNotContain(etc.resolve("chrysalis-demo-users.properties").toString());
    }

    @Test
    void withoutKarafsRealmNobodySignsIn() {
        assertThat(new ChrysalisRealm(() -> new AppConfigurationEntry[0], etc, etc.resolve("data"), true).getEntries()).isEmpty();
    }

    @Test
    void inAStockKarafWithoutThePlatformsUsersFileKarafsEntriesServe() throws IOException {
        Files.delete(etc.resolve("chrysalis-users.properties"));
        assertThat(new ChrysalisRealm(() -> KARAF, etc, etc.resolve("data"), true).getEntries()).containsExactly(KARAF);
    }

    @Test
    void countsDemoUsersButNotGroups() throws IOException {
        Files.writeString(etc.resolve("chrysalis-demo-users.properties"), """
                admin = {CRYPT}AB{CRYPT},_g_:admingroup
                _g_\\:admingroup = group,admin
                villager = {CRYPT}CD{CRYPT},villager
                """);
        assertThat(new ChrysalisRealm(() -> KARAF, etc, etc.resolve("data"), true).demoUserNames()).containsExactly("admin", "villager");
    }

    @Test
    void aDistrictUserOverridesTheDemoUserOfTheSameName() throws IOException {
        Files.writeString(etc.resolve("chrysalis-demo-users.properties"), """
                # demo
                admin = {CRYPT}AB{CRYPT},_g_:admingroup
                _g_\\:admingroup = group,admin
                villager = {CRYPT}CD{CRYPT},villager
                """);
        ChrysalisRealm realm = new ChrysalisRealm(() -> KARAF, etc, etc.resolve("data"), true);
        assertThat(realm.demoUsersInEffect()).isEqualTo(etc.resolve("chrysalis-demo-users.properties"));

        Files.writeString(etc.resolve("chrysalis-users.properties"), "admin = {CRYPT}EF{CRYPT},_g_:admingroup\n", StandardOpenOption.APPEND);
        Path effective = realm.demoUsersInEffect();

        assertThat(effective).isEqualTo(etc.resolve("data").resolve(ChrysalisRealm.DEMO_USERS_IN_EFFECT));
        assertThat(Files.readString(effective)).doesNotContain("{CRYPT}AB{CRYPT}").contains("villager = ", "_g_\\:admingroup");
        assertThat(options(realm.getEntries()[1])).containsEntry("users", effective.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> options(AppConfigurationEntry entry) {
        return (Map<String, Object>) entry.getOptions();
    }
}
