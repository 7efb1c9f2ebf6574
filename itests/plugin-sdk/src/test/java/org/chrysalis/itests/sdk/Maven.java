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
    private final Path repository;

    private Maven(Path executable, Path settings, Path repository) {
        this.executable = executable;
        this.settings = settings;
        this.repository = repository;
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
            return new Maven(mavenHome.resolve("bin/mvn"), settings, sdkRepo.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a Maven run ended with, and its log. */
    record Result(int exitCode, String log) {

        String tail(int lines) {
            List<String> all = log.lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    /** Runs {@code mvn <args>} in {@code dir}; fails with the end of its log when Maven fails. */
    Result run(Path dir, String... args) {
        Result result = exec(dir, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("mvn " + String.join(" ", args) + " failed in " + dir + ":\n" + result.tail(60));
        }
        return result;
    }

    /** Runs {@code mvn <args>} in {@code dir} and returns how it ended, whatever that was. */
    Result exec(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-B", "-ntp", "-nsu", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository));
        command.addAll(List.of(args));
        Path log = dir.resolve("maven-" + System.nanoTime() + ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // the outer build's options (a -Dmaven.repo.local in CI, say) must not redirect this build
            builder.environment().remove("MAVEN_OPTS");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("mvn timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
