package org.chrysalis.platform.api.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.chrysalis.platform.api.problem.ProblemException;

/**
 * Boolean and whole-number parameters read strictly, with a 400 that names the parameter. JAX-RS
 * would read "maybe" as false (a mistyped filter silently answers the wrong question) and "abc" for a
 * number as 404. Whole numbers here are ids, offsets, limits and counts, so a negative one is refused too.
 */
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(value -> {
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(value);
                }
                throw ProblemException.invalid(name, "must be true or false");
            });
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(value -> wholeNumber(name, value));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(value -> {
                long number = wholeNumber(name, value);
                if (number > Integer.MAX_VALUE) {
                    throw ProblemException.invalid(name, "must be at most " + Integer.MAX_VALUE);
                }
                return (int) number;
            });
        }
        return null;
    }

    private static long wholeNumber(String name, String value) {
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
        if (number < 0) {
            throw ProblemException.invalid(name, "must not be negative");
        }
        return number;
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                return value == null ? null : parse.apply(value);
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
