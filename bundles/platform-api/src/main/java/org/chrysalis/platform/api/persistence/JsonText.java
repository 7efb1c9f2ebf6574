package org.chrysalis.platform.api.persistence;

import java.util.Map;

import org.chrysalis.platform.api.rest.JsonMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** JSON kept in text columns (GeoJSON boundaries, audit snapshots, media lists). */
public final class JsonText {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private JsonText() {
    }

    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JsonMapper.shared().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static Map<String, Object> readMap(String json) {
        return json == null ? null : read(json, MAP);
    }

    public static java.util.List<String> readStrings(String json) {
        return json == null ? java.util.List.of() : read(json, new TypeReference<java.util.List<String>>() { });
    }

    /** A JSON array of {@code element} values (records included); empty for null. */
    public static <T> java.util.List<T> readList(String json, Class<T> element) {
        if (json == null) {
            return java.util.List.of();
        }
        try {
            return JsonMapper.shared().readValue(json,
                    JsonMapper.shared().getTypeFactory().constructCollectionType(java.util.List.class, element));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }

    /** Any JSON value as maps, lists, strings, numbers and booleans. */
    public static Object readTree(String json) {
        return json == null ? null : read(json, new TypeReference<Object>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JsonMapper.shared().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
