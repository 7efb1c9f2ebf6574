package org.chrysalis.platform.api.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.Query;

/**
 * The optional filters of a list query: each clause is added only when its value is given, and
 * the same parameters bind the page query and its count query.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause} (using {@code :name}) when {@code value} is not null. */
    public Conditions and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause that always applies, with its parameters. */
    public Conditions always(String clause, Map<String, ?> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    /** {@code " where a and b"}, or nothing when no clause applies. */
    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
