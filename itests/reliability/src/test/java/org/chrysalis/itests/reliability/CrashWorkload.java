package org.chrysalis.itests.reliability;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One kind of write that {@link CrashIT} keeps sending while it kills the JVM, and what it knows
 * about them: which were acknowledged (2xx), which were sent but never answered because the JVM
 * died (in flight: they may or may not have committed), and after each restart whether every
 * acknowledged one is there and consistent.
 */
abstract class CrashWorkload {

    final String kind;
    final KarafDistribution karaf;
    final List<String> problems = new ArrayList<>();
    /** Writes answered 2xx. */
    long acknowledged;
    /** Writes sent but unanswered when the JVM was killed, over all cycles. */
    long inFlightAtKill;
    /** Acknowledged writes found intact, summed over every check after a restart. */
    long checked;
    /** Acknowledged writes missing or changed after a restart. */
    long lost;
    /** What was in flight at the last kill; resolved by {@link #afterRestart()}. */
    final List<Object> inFlight = new ArrayList<>();

    CrashWorkload(String kind, KarafDistribution karaf) {
        this.kind = kind;
        this.karaf = karaf;
    }

    /** Creates what the writes need (users, topics, …) and notes the state before the load. */
    abstract void prepare();

    /** Sends one write; throws {@link UncheckedIOException} once the server is gone. */
    abstract void writeOne();

    /** After a restart: resolves what was in flight, then checks every acknowledged write. */
    abstract void afterRestart();

    /**
     * Sends {@code call}; if the connection breaks after the request went out, {@code write} is
     * noted as in flight. A refused connection means the request never reached the server.
     */
    Response send(Object write, Supplier<Response> call) {
        try {
            return call.get();
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof ConnectException)) {
                inFlight.add(write);
                inFlightAtKill++;
            }
            throw e;
        }
    }

    /** A 2xx answer during the load, or the write counts as a problem (it must not fail while up). */
    boolean acknowledged(Response response, int status, String what) {
        if (response.status() == status) {
            acknowledged++;
            return true;
        }
        problem(what + " answered " + response);
        return false;
    }

    void problem(String what) {
        synchronized (problems) {
            problems.add(kind + ": " + what);
        }
    }

    void lost(String what) {
        lost++;
        problem("LOST " + what);
    }

    /** Every item of a paged list, {@code path} without offset and limit. */
    static List<JsonNode> all(ApiClient client, String path) {
        List<JsonNode> items = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int offset = 0; ; offset += 200) {
            Response page = client.get(path + sep + "offset=" + offset + "&limit=200");
            if (page.status() != 200) {
                throw new IllegalStateException("GET " + path + ": " + page);
            }
            JsonNode json = page.json();
            json.path("items").forEach(items::add);
            if (offset + 200 >= json.path("total").asLong()) {
                return items;
            }
        }
    }
}
