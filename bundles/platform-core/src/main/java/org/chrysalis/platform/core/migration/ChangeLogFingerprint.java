package org.chrysalis.platform.core.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.osgi.framework.Bundle;

/**
 * A SHA-256 over a change log and every file beside it (included change logs, SQL files), so that
 * any edit of what Liquibase would read gives a different fingerprint.
 */
final class ChangeLogFingerprint {

    private ChangeLogFingerprint() {
    }

    /** The fingerprint of {@code changeLog} and its folder, as the bundle's jar holds them. */
    static String of(Bundle bundle, String changeLog) {
        int slash = changeLog.lastIndexOf('/');
        String folder = slash < 0 ? "/" : changeLog.substring(0, slash);
        Map<String, URL> files = new TreeMap<>();
        List<URL> entries = Collections.list(Objects.requireNonNullElse(
                bundle.findEntries(folder, "*", true), Collections.emptyEnumeration()));
        for (URL entry : entries) {
            if (!entry.getPath().endsWith("/")) {
                files.put(entry.getPath(), entry);
            }
        }
        return of(files);
    }

    /** The fingerprint of these files, by path (sorted, so the order the jar lists them in does not matter). */
    static String of(Map<String, URL> files) {
        MessageDigest digest = sha256();
        new TreeMap<>(files).forEach((path, url) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = url.openStream()) {
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
