package org.chrysalis.campaigns.service;

import org.chrysalis.platform.api.rest.JsonMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** Typed lists kept as JSON in text columns (checklists, evidence); JsonText writes them. */
final class StoredJson {

    private StoredJson() {
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JsonMapper.shared().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
