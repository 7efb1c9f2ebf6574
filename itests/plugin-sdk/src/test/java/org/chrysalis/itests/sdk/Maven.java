package org.chrysalis.itests.sdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven as a plugin author would, but against a repository that holds this build's platform
 * artifacts; everything else is read from the outer build's local repository, so no download is needed.
 */
final class Maven {

    private final Path executable;
    private final Path settings;

    private Maven(Path executable, Path settings) {
        this.executable = executable;
        this.settings = settings;
    }

    static Maven of(Path mavenHome, Path sdkRepo, Path upstreamRepo, Path workDir) {
        String upstream = upstreamRepo.toUri().toString();
        String xml = """
                <settings>
                  <localRepository>%s</localRepository>
                  <profiles>
                    <profile>
                      <id>upstream</id>
                      <repositories>
                        <repository><id>upstream</id><url>%s</url></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>upstream</id><url>%s</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>upstream</activeProfile></activeProfiles>
                </settings>
                """.formatted(sdkRepo.toAbsolutePath(), upstream, upstream);
        try {
            Files.createDirectories(workDir);
            Path settings = workDir.resolve("settings.xml");
            Files.writeString(settings, xml, StandardCharsets.UTF_8);
            return new Maven(mavenHome.resolve("bin/mvn"), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code mvn <args>} in {@code dir}; fails with the end of its log when Maven fails. */
    void run(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-B", "-ntp", "-nsu", "-s", settings.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("maven-" + System.nanoTime() + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("mvn timed out: " + command);
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new IllegalStateException("mvn failed: " + command + "\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
