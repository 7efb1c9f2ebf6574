package org.chrysalis.platform.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void dependsOnEveryFileAndItsPathButNotOnTheOrderTheJarListsThem() throws IOException {
        URL changeLog = file("changelog.xml", "<databaseChangeLog/>");
        URL sql = file("backfill.sql", "UPDATE T SET X = 1");
        Map<String, URL> listed = new LinkedHashMap<>();
        listed.put("/db/changelog.xml", changeLog);
        listed.put("/db/backfill.sql", sql);
        Map<String, URL> reversed = new LinkedHashMap<>();
        reversed.put("/db/backfill.sql", sql);
        reversed.put("/db/changelog.xml", changeLog);

        String fingerprint = ChangeLogFingerprint.of(listed);

        assertThat(fingerprint).hasSize(64).isEqualTo(ChangeLogFingerprint.of(reversed));
        assertThat(ChangeLogFingerprint.of(Map.of("/db/changelog.xml", changeLog))).isNotEqualTo(fingerprint);
        assertThat(ChangeLogFingerprint.of(Map.of("/db/changelog.xml", changeLog, "/db/other.sql", sql))).isNotEqualTo(fingerprint);
        Files.writeString(dir.resolve("backfill.sql"), "UPDATE T SET X = 2");
        assertThat(ChangeLogFingerprint.of(listed)).isNotEqualTo(fingerprint);
    }

    private URL file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toUri().toURL();
    }
}
