package org.chrysalis.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Chrysalis distribution unpacked into a folder of its own and run as a process on free
 * ports, like an administrator runs it ({@code bin/karaf daemon}, {@code bin/stop}). The JVM is
 * the process itself, so {@link #kill()} is a real SIGKILL.
 */
public final class KarafDistribution implements AutoCloseable {

    /** System property with the path of the distribution's tar.gz. */
    public static final String ARCHIVE_PROPERTY = "chrysalis.distribution";

    /** System property with the longest wait for a start, in seconds (default 240: boot takes 7–8 s idle, a loaded CI host has taken over two minutes). */
    public static final String BOOT_TIMEOUT_PROPERTY = "chrysalis.bootTimeout";

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(Long.getLong(BOOT_TIMEOUT_PROPERTY, 240));

    private static final Set<Integer> HANDED_OUT_PORTS = ConcurrentHashMap.newKeySet();

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final int rmiRegistryPort = freePort();
    private final int rmiServerPort = freePort();
    private Process process;
    private Duration lastBoot;

    private KarafDistribution(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** System property with the folder where instances are unpacked. */
    public static final String WORK_PROPERTY = "chrysalis.work";

    /**
     * Unpacks the distribution named by {@value #ARCHIVE_PROPERTY} under {@value #WORK_PROPERTY}
     * (default {@code target/chrysalis-instances}) and starts it.
     */
    public static KarafDistribution boot() {
        return unpack(Path.of(System.getProperty(WORK_PROPERTY, "target/chrysalis-instances"))).start();
    }

    /**
     * Unpacks the distribution like {@link #boot()} without starting it, for a test that changes its
     * {@code etc/} files first ({@link #setProperty}, {@link #home()}), then calls {@link #start()}.
     */
    public static KarafDistribution unpack() {
        return unpack(Path.of(System.getProperty(WORK_PROPERTY, "target/chrysalis-instances")));
    }

    /** Unpacks the archive named by {@value #ARCHIVE_PROPERTY} into a new folder under {@code workDir}. */
    public static KarafDistribution unpack(Path workDir) {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        if (archive == null) {
            throw new IllegalStateException("Set -D" + ARCHIVE_PROPERTY + "=<path of the distribution tar.gz>");
        }
        return unpack(Path.of(archive), workDir);
    }

    public static KarafDistribution unpack(Path archive, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path target = Files.createTempDirectory(workDir, "chrysalis-");
            run(List.of("tar", "xzf", archive.toAbsolutePath().toString(), "--strip-components=1", "-C",
                    target.toString()), Duration.ofMinutes(2));
            KarafDistribution distribution = new KarafDistribution(target, freePort(), freePort());
            distribution.configurePorts();
            return distribution;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void configurePorts() throws IOException {
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(rmiRegistryPort));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(rmiServerPort));
    }

    /** Sets {@code key = value} in a configuration file of the instance, replacing the current value. */
    public void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.exists(path) ? Files.readString(path) : "";
        Matcher line = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        String entry = key + " = " + value;
        text = line.find() ? line.replaceFirst(Matcher.quoteReplacement(entry)) : text + "\n" + entry + "\n";
        Files.writeString(path, text);
    }

    /** Starts the instance and waits until the platform's health answers 200. */
    public KarafDistribution start() {
        return start(() -> isUp(api()));
    }

    /**
     * Starts the instance and waits until an anonymous GET of {@code path} answers 200: for
     * distributions without the platform's health (a bare Karaf to compare with).
     */
    public KarafDistribution start(String path) {
        return start(() -> api().tryGet(path) == 200);
    }

    private KarafDistribution start(java.util.function.BooleanSupplier ready) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        Instant began = Instant.now();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        builder.environment().remove("KARAF_DEBUG");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            await(ready, BOOT_TIMEOUT);
        } catch (RuntimeException notUp) {
            // the caller gets no handle to stop it: do not leave a half-started JVM behind
            kill();
            throw notUp;
        }
        lastBoot = Duration.between(began, Instant.now());
        return this;
    }

    /** Polls the health endpoint until the platform and every installed capability are UP. */
    public void awaitHealthy(Duration timeout) {
        ApiClient anonymous = api();
        await(() -> isUp(anonymous), timeout);
    }

    private void await(java.util.function.BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("Karaf not ready after " + timeout + "; see " + home.resolve("data/log/karaf.log"));
    }

    private static boolean isUp(ApiClient client) {
        try {
            ApiClient.Response health = client.get("/api/v1/platform/health");
            return health.status() == 200 && "UP".equals(health.json().path("status").asText());
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** Graceful stop, as {@code bin/stop} does it. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            run(List.of(home.resolve("bin/stop").toString()), Duration.ofSeconds(60));
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGKILL to the Karaf JVM: it gets no chance to flush or close anything. {@code bin/karaf daemon}
     * execs the JVM, so the started process is the JVM; were it ever a wrapper that forks the JVM (as
     * {@code bin/karaf server} does), killing only the wrapper would leave the JVM running, so its
     * descendants are killed first. Fails if the JVM named in {@code karaf.pid} is still alive.
     */
    public void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        long jvm = jvmPid();
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            ProcessHandle.of(jvm).ifPresent(h -> h.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ProcessHandle.of(jvm).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("the Karaf JVM " + jvm + " survived SIGKILL");
        }
    }

    /**
     * The pid of the running Karaf JVM, as Karaf itself writes it to {@code karaf.pid}, if that is the
     * started process or one of its children (the file of a killed run stays behind); otherwise the
     * started process, which {@code bin/karaf daemon} turns into the JVM.
     */
    public long jvmPid() {
        try {
            Path file = home.resolve("karaf.pid");
            if (Files.exists(file)) {
                long pid = Long.parseLong(Files.readString(file).trim());
                if (pid == process.pid() || process.descendants().anyMatch(child -> child.pid() == pid)) {
                    return pid;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not written yet
        }
        return process.pid();
    }

    public KarafDistribution restart() {
        stop();
        return start();
    }

    /**
     * Runs Karaf shell commands (one per line) as admin through {@code bin/client}, as an
     * administrator types them; returns what they printed. Fails when the client fails.
     */
    public String shell(String command) {
        return shell(command, Duration.ofMinutes(3));
    }

    /** {@link #shell(String)} for commands that run longer than three minutes. */
    public String shell(String command, Duration timeout) {
        List<String> cmd = List.of(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
                "-h", "localhost", "-u", "admin", "-p", "admin", "-r", "30", "-d", "1", "-b");
        return run(cmd, command + "\n", timeout,
                "KARAF_OPTS", "-Duser.home=" + home.resolve("data/client-home"));
    }

    /**
     * Adds a user with the password {@code user} and these roles to the running realm, as an
     * administrator would in the shell; plugins use it for roles of their own.
     */
    public void addUser(String user, String... roles) {
        StringBuilder commands = new StringBuilder("jaas:realm-manage --realm karaf\n")
                .append("jaas:user-add ").append(user).append(' ').append(user).append('\n');
        for (String role : roles) {
            commands.append("jaas:role-add ").append(user).append(' ').append(role).append('\n');
        }
        shell(commands.append("jaas:update").toString());
    }

    /** Copies a KAR (or bundle) into {@code deploy/}, where Karaf installs it on its own. */
    public Path deploy(Path archive) {
        try {
            return Files.copy(archive, home.resolve("deploy").resolve(archive.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file from {@code deploy/}, which uninstalls what it brought. */
    public void undeploy(Path archive) {
        try {
            Files.deleteIfExists(home.resolve("deploy").resolve(archive.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls a GET until it answers {@code status} and returns how long that took; fails after
     * {@code timeout}. For "the endpoint is there" (200) and "it is gone" (404) after a deployment.
     */
    public Duration awaitStatus(ApiClient client, String path, int status, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = client.tryGet(path);
            if (last == status) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep(50);
        }
        throw new IllegalStateException("GET " + path + " still answers " + last + ", not " + status + ", after " + timeout);
    }

    /**
     * Installs or uninstalls a feature through the platform's REST admin endpoint, as the console
     * does ({@code operation} is install or uninstall), and waits for the job to end; returns the job
     * (its {@code state} is DONE or FAILED, its {@code reason} says why it failed).
     */
    public JsonNode featureJob(String feature, String operation) {
        ApiClient admin = as("admin");
        ApiClient.Response accepted = admin.post("/api/v1/platform/features/" + feature + "/" + operation, null);
        if (accepted.status() != 202) {
            throw new IllegalStateException(operation + " " + feature + " was not accepted: " + accepted);
        }
        String job = URI.create(accepted.location()).getPath();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode state = null;
        while (System.nanoTime() < deadline) {
            state = admin.get(job).json();
            String name = state.path("state").asText();
            if (name.equals("DONE") || name.equals("FAILED")) {
                return state;
            }
            sleep(200);
        }
        throw new IllegalStateException(operation + " " + feature + " did not finish: " + state);
    }

    public ApiClient api() {
        return new ApiClient(baseUri(), null);
    }

    /** A client that signs in as a demo user (whose password is the user name). */
    public ApiClient as(String user) {
        return new ApiClient(baseUri(), user);
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort);
    }

    /** The port of the Karaf shell over SSH. */
    public int sshPort() {
        return sshPort;
    }

    /** The JMX connector's address, as {@code etc/org.apache.karaf.management.cfg} builds it. */
    public String jmxServiceUrl() {
        return "service:jmx:rmi://127.0.0.1:" + rmiServerPort + "/jndi/rmi://127.0.0.1:" + rmiRegistryPort + "/karaf-root";
    }

    public Path home() {
        return home;
    }

    /** How long the last {@link #start()} took from process start to a healthy answer. */
    public Duration lastBoot() {
        return lastBoot;
    }

    /** The lines of {@code data/log/karaf.log} that contain {@code text}. */
    public List<String> logLines(String text) {
        try {
            Path log = home.resolve("data/log/karaf.log");
            if (!Files.exists(log)) {
                return List.of();
            }
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every bundle Karaf refreshed since the instance was unpacked, one entry per refresh with its
     * reason, e.g. {@code org.chrysalis.grid/1.0.0 (Bundle will be uninstalled)}.
     */
    public List<String> refreshedBundles() {
        List<String> refreshed = new ArrayList<>();
        boolean inList = false;
        for (String line : logLines("")) {
            int bar = line.lastIndexOf(" | ");
            String message = bar < 0 ? line : line.substring(bar + 3);
            if (message.startsWith("Refreshing bundles:")) {
                inList = true;
            } else if (inList && message.startsWith("    ")) {
                refreshed.add(message.trim());
            } else {
                inList = false;
            }
        }
        return refreshed;
    }

    @Override
    public void close() {
        stop();
    }

    private static String run(List<String> command, String input, Duration timeout, String... env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
            for (int i = 0; i + 1 < env.length; i += 2) {
                builder.environment().put(env[i], env[i + 1]);
            }
            Process p = builder.start();
            try (var stdin = p.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + " from " + command + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String run(List<String> command, Duration timeout) {
        return run(command, "", timeout);
    }

    /**
     * A TCP port nothing listens on now, for a connector a test configures. Taken below the
     * systems' ephemeral ranges (Linux 32768-60999, others 49152-65535): a port the kernel hands
     * out for {@code bind(0)} is also what it gives the next outgoing connection, which has taken
     * one between this check and Karaf's bind ("Failed to bind"). Never the same port twice in a
     * JVM, so the ports of one instance cannot collide either.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
            if (!HANDED_OUT_PORTS.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException busy) {
                // someone listens there; try another
            }
        }
        throw new IllegalStateException("no free TCP port between 20000 and 32000");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
