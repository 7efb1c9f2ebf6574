package org.chrysalis.platform.api.paging;

import java.util.List;
import java.util.function.Function;

/** One slice of a list, with the total number of items the query matched. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, offset, limit);
    }
}
