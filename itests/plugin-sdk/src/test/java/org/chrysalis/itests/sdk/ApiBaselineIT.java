package org.chrysalis.itests.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The compatibility rule has teeth: once a platform-api is released, removing a method from an
 * exported interface without raising its package's major version fails the build, and the same
 * change with the version raised builds. Runs the platform-api's real build on copies of its sources.
 */
class ApiBaselineIT {

    private static final Path SOURCES = Path.of(System.getProperty("sdk.platformApiSources"));
    private static final Path AREA = Path.of("src/main/java/org/chrysalis/platform/api/area");

    @Test
    void aBreakingChangeFailsTheBuildUntilItsPackageVersionIsRaised() throws IOException {
        Path work = Path.of(System.getProperty("sdk.workDir")).resolveSibling("baseline");
        WorkDirs.fresh(work);
        Maven maven = Maven.of(Path.of(System.getProperty("sdk.mavenHome")), Path.of(System.getProperty("sdk.repo")),
                Path.of(System.getProperty("sdk.upstreamRepo")), work);

        Path released = copyAs(work.resolve("released"), "1.0.0");
        maven.run(released, "install", "-DskipTests", "-Dbaseline.skip=true");

        Path broken = copyAs(work.resolve("broken"), "1.1.0");
        replace(broken.resolve(AREA).resolve("AreaService.java"), "    List<Area> children(String code);\n", "");
        Maven.Result refused = maven.exec(broken, "verify", "-DskipTests");
        System.out.println("API baseline on a method removed from AreaService:\n" + refused.log().lines()
                .filter(l -> l.contains("org.chrysalis.platform.api.area")).findFirst().orElse("(no line)"));
        assertThat(refused.exitCode()).as(refused.tail(40)).isNotZero();
        assertThat(refused.log()).contains("org.chrysalis.platform.api.area").containsIgnoringCase("baseline");

        replace(broken.resolve(AREA).resolve("package-info.java"), "Version(\"1.0.0\")", "Version(\"2.0.0\")");
        Maven.Result accepted = maven.exec(broken, "verify", "-DskipTests");
        assertThat(accepted.exitCode()).as(accepted.tail(40)).isZero();
    }

    /** The platform-api sources with the given project version, resolving its parent from the repository. */
    private static Path copyAs(Path target, String version) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.startsWith("target")) {
                    continue;
                }
                Files.createDirectories(target.resolve(relative).getParent());
                Files.copy(file, target.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path pom = target.resolve("pom.xml");
        String text = Files.readString(pom, StandardCharsets.UTF_8)
                .replaceFirst("<relativePath>[^<]*</relativePath>", "<relativePath/>")
                .replace("<artifactId>chrysalis-platform-api</artifactId>",
                        "<artifactId>chrysalis-platform-api</artifactId>\n  <version>" + version + "</version>");
        Files.writeString(pom, text, StandardCharsets.UTF_8);
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
