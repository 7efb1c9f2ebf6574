package org.chrysalis.platform.api.paging;

import java.util.ArrayList;
import java.util.List;

import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.ProblemException;

/** Which slice of a list to return. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    /** From query parameters; absent values take the defaults, invalid ones answer 400. */
    public static PageRequest of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        List<FieldError> errors = new ArrayList<>();
        if (o < 0) {
            errors.add(new FieldError("offset", "must be 0 or more"));
        }
        if (l < 1 || l > MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(o, l);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
