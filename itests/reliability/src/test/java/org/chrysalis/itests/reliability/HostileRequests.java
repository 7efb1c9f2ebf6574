package org.chrysalis.itests.reliability;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.chrysalis.itests.reliability.OpenApiOperations.Operation;
import org.chrysalis.itests.reliability.OpenApiOperations.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.text.RandomStringGenerator;

/**
 * Hostile variants of one REST operation: bad path ids, wrong query types, broken, oversized and
 * mistyped bodies, injections, non-UTF-8 bytes, wrong content types. A variant that is invalid must
 * be refused (4xx); a hostile value in a free-text filter is data, and must only not break anything.
 */
final class HostileRequests {

    /** One request; {@code mustReject} when any answer but a 4xx is a hole. */
    record Hostile(String operation, String kind, String method, String path, String contentType, byte[] body,
                   Map<String, String> headers, boolean mustReject) {
    }

    static final int BODY_LIMIT = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE AUDIT_ENTRY;--",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1/x}", "../../../../etc/passwd", "\u0000",
            "%n%n%s%s", "{{7*7}}", "\u202e\ud83d\udca3");
    /** Random text across Unicode's first three planes, control characters included. */
    private static final RandomStringGenerator ODD_TEXT = RandomStringGenerator.builder().withinRange(1, 0x2FFFF).get();
    private static final java.util.Random LENGTHS = new java.util.Random();

    private HostileRequests() {
    }

    static List<Hostile> of(Operation op, int randomPerField) {
        List<Hostile> out = new ArrayList<>();
        String plainPath = op.path().replaceAll("\\{[^}]+}", "1");
        for (Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                pathVariants(op, p, randomPerField, out);
            } else if (p.in().equals("query")) {
                queryVariants(op, p, plainPath, randomPerField, out);
            }
        }
        if (op.bodySchema() != null) {
            bodyVariants(op, plainPath, out);
        }
        out.add(new Hostile(op.id(), "unsupported method", "PATCH", plainPath, "application/json",
                bytes("{}"), Map.of(), true));
        out.add(new Hostile(op.id(), "unacceptable Accept", op.method(), plainPath,
                op.bodySchema() == null ? null : "application/json", op.bodySchema() == null ? null : bytes("{}"),
                Map.of("Accept", "application/x-chrysalis-unknown"), true));
        return out;
    }

    private static void pathVariants(Operation op, Parameter p, int randomPerField, List<Hostile> out) {
        List<String> values = new ArrayList<>(p.type().equals("integer")
                ? List.of("abc", "-1", "1.5", "99999999999999999999", "1 OR 1=1", "0x10")
                : List.of("x".repeat(3000), "NO_SUCH_ID_" + System.nanoTime()));
        values.addAll(INJECTIONS);
        oddText(randomPerField).forEach(values::add);
        // an unknown string id may be a legal empty answer on a read (a worker with no grids)
        boolean mustReject = p.type().equals("integer") || !op.method().equals("GET");
        for (String value : values) {
            String path = op.path().replace("{" + p.name() + "}", encode(value)).replaceAll("\\{[^}]+}", "1");
            out.add(new Hostile(op.id(), "path " + p.name(), op.method(), path,
                    op.bodySchema() == null ? null : "application/json", op.bodySchema() == null ? null : bytes("{}"),
                    Map.of(), mustReject));
        }
    }

    private static void queryVariants(Operation op, Parameter p, String plainPath, int randomPerField, List<Hostile> out) {
        List<String> invalid = new ArrayList<>();
        List<String> data = new ArrayList<>();
        if (!p.enumValues().isEmpty()) {
            invalid.addAll(List.of("NOT_A_VALUE", "' OR '1'='1", p.enumValues().get(0) + "X"));
        } else if (p.type().equals("integer")) {
            invalid.addAll(List.of("abc", "-1", "1e3", "99999999999999999999"));
        } else if (p.type().equals("boolean")) {
            invalid.addAll(List.of("maybe", "2"));
        } else {
            data.addAll(INJECTIONS);
            data.add("x".repeat(3000));
            oddText(randomPerField).forEach(data::add);
        }
        Function<String, String> url = v -> plainPath + "?" + p.name() + "=" + encode(v);
        String type = op.bodySchema() == null ? null : "application/json";
        byte[] body = op.bodySchema() == null ? null : bytes("{}");
        invalid.forEach(v -> out.add(new Hostile(op.id(), "query " + p.name(), op.method(), url.apply(v), type, body,
                Map.of(), true)));
        // a free-text filter takes any text; with a body of {} a write must still be refused
        data.forEach(v -> out.add(new Hostile(op.id(), "query " + p.name(), op.method(), url.apply(v), type, body,
                Map.of(), op.bodySchema() != null)));
    }

    private static void bodyVariants(Operation op, String path, List<Hostile> out) {
        List<String> bodies = new ArrayList<>(List.of("{", "{\"a\":", "[1,2", "nul", "{\"a\":1,}", "", "[]",
                "\"text\"", "42", "true", "null", "{}", "{\"unexpectedField\":1}", "[".repeat(5000),
                "{\"a\":" + "1".repeat(2000) + "}"));
        for (Iterator<Map.Entry<String, JsonNode>> it = op.bodySchema().path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode schema = property.getValue();
            String type = schema.path("type").asText(schema.has("$ref") ? "object" : "string");
            bodies.add(object(name, switch (type) {
                case "integer", "number" -> "\"abc\"";
                case "boolean" -> "\"maybe\"";
                case "array" -> "{\"not\":\"an array\"}";
                case "object" -> "42";
                default -> "{\"nested\":[1,2]}";
            }));
            if (type.equals("string")) {
                bodies.add(object(name, quote("字".repeat(100_000))));
                // a single text field may be a whole valid body (a key's name): then it is data
                for (String injection : List.of(INJECTIONS.get(0), INJECTIONS.get(2), INJECTIONS.get(3))) {
                    out.add(new Hostile(op.id(), "body injection", op.method(), path, "application/json",
                            bytes(object(name, quote(injection))), Map.of(), false));
                }
            }
            if (schema.has("enum")) {
                bodies.add(object(name, "\"NOT_A_VALUE\""));
            }
            if (type.equals("integer") || type.equals("number")) {
                bodies.add(object(name, "1e999999"));
                bodies.add(object(name, "-99999999999999999999999"));
            }
        }
        for (String body : bodies) {
            out.add(new Hostile(op.id(), "body", op.method(), path, "application/json", bytes(body), Map.of(), true));
        }
        out.add(new Hostile(op.id(), "body past the limit", op.method(), path, "application/json",
                bytes("{\"a\":\"" + "x".repeat(BODY_LIMIT + 1024) + "\"}"), Map.of(), true));
        out.add(new Hostile(op.id(), "non-UTF-8 body", op.method(), path, "application/json; charset=UTF-8",
                nonUtf8(), Map.of(), true));
        out.add(new Hostile(op.id(), "wrong content type", op.method(), path, "text/plain", bytes("{}"), Map.of(), true));
        out.add(new Hostile(op.id(), "wrong content type", op.method(), path, "application/xml", bytes("<a/>"),
                Map.of(), true));
        out.add(new Hostile(op.id(), "form post", op.method(), path, "application/x-www-form-urlencoded",
                bytes("a=1&b=2"), Map.of(), true));
    }

    private static List<String> oddText(int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(ODD_TEXT.generate(1 + LENGTHS.nextInt(200)));
        }
        return texts;
    }

    private static String object(String field, String value) {
        return "{" + quote(field) + ":" + value + "}";
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] nonUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("{\"title\":\""));
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, (byte) 0x28, (byte) 0xa0, (byte) 0xa1});
        out.writeBytes(bytes("\"}"));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Percent-encodes a path segment or query value, lone surrogates included (as '?'). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
