package org.chrysalis.itests.reliability;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The operations of the platform's OpenAPI document, with parameters and body schemas resolved. */
final class OpenApiOperations {

    record Parameter(String name, String in, String type, List<String> enumValues) {
    }

    record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

        String id() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    static List<Operation> read(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode op = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode schema = resolve(document, p.path("schema"));
                    List<String> values = new ArrayList<>();
                    schema.path("enum").forEach(v -> values.add(v.asText()));
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            schema.path("type").asText("string"), values));
                }
                JsonNode body = resolve(document, op.path("requestBody").path("content").path("application/json").path("schema"));
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : body));
            }
        }
        return operations;
    }

    /** Follows a local {@code $ref}; the schema itself when there is none. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asText();
            current = document.at(ref.startsWith("#") ? ref.substring(1) : ref);
        }
        return current;
    }
}
