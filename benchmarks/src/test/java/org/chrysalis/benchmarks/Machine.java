package org.chrysalis.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the report says about the machine and the Karaf JVM: /proc, jcmd and jfr, as an operator reads them. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format("%d cores (%s), %d MB RAM, %s %s, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
                procField("/proc/cpuinfo", "model name"), procKb("/proc/meminfo", "MemTotal") / 1024,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    /** The 1, 5 and 15 minute load averages, to show how busy the machine was. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Resident set size of a process, from /proc/<pid>/status VmRSS. */
    static long rssMb(long pid) {
        return procKb("/proc/" + pid + "/status", "VmRSS") / 1024;
    }

    /** Heap in use after a full collection (jcmd GC.run, then GC.heap_info). */
    static long liveHeapMb(long pid) {
        jcmd(pid, "GC.run");
        // G1 prints one "heap" line, the serial collector a "generation" line per generation
        long usedKb = 0;
        boolean found = false;
        for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
            Matcher used = Pattern.compile("(?:heap|generation)\\s+total \\d+K, used (\\d+)K").matcher(line);
            if (used.find()) {
                usedKb += Long.parseLong(used.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
        }
        return usedKb / 1024;
    }

    /** The JVM's -X and -XX options (heap, GC, code cache) from its command line. */
    static String jvmOptions(long pid) {
        try {
            String[] args = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8).split("\0");
            return Arrays.stream(args).filter(a -> a.startsWith("-X")).collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void startRecording(long pid) {
        jcmd(pid, "JFR.start", "name=benchmark", "settings=profile");
    }

    /** Stops the recording into {@code file}. */
    static void stopRecording(long pid, Path file) {
        jcmd(pid, "JFR.stop", "name=benchmark", "filename=" + file.toAbsolutePath());
    }

    /**
     * The hottest frames of a recording's execution samples: {@code self} counts the top frame,
     * otherwise every distinct Chrysalis frame of a stack counts once (inclusive), which shows
     * which of the platform's own methods the time goes through.
     */
    static Map<String, Integer> hotFrames(Path recording, boolean self, int limit) {
        String text = run(List.of("jfr", "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample",
                recording.toAbsolutePath().toString()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> stack = new ArrayList<>();
        boolean inStack = false;
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("stackTrace = [")) {
                inStack = true;
                stack.clear();
            } else if (inStack && trimmed.equals("]")) {
                inStack = false;
                count(stack, self, counts);
            } else if (inStack && !trimmed.equals("...")) {
                stack.add(trimmed.replaceAll("\\s+line:.*$", ""));
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** How many execution samples the recording holds. */
    static int samples(Path recording) {
        Matcher m = Pattern.compile("jdk\\.ExecutionSample\\s+(\\d+)").matcher(run(List.of("jfr", "summary",
                recording.toAbsolutePath().toString())));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void count(List<String> stack, boolean self, Map<String, Integer> counts) {
        if (stack.isEmpty()) {
            return;
        }
        if (self) {
            counts.merge(stack.get(0), 1, Integer::sum);
            return;
        }
        stack.stream().filter(f -> f.startsWith("org.chrysalis.")).distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
    }

    private static String jcmd(long pid, String... command) {
        List<String> cmd = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        cmd.addAll(Arrays.asList(command));
        return run(cmd);
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long procKb(String file, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(\\d+) kB").matcher(read(file));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String procField(String file, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + "\\s*:\\s*(.+)$").matcher(read(file));
        return m.find() ? m.group(1).trim() : "unknown";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
