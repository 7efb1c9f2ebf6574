package org.chrysalis.parking.domain;

import java.util.Comparator;
import java.util.List;

/** Distances on the WGS 84 sphere and "what is near this point". */
public final class Geo {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private Geo() {
    }

    /** Great-circle (haversine) distance in metres. */
    public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude and longitude that surely cover a radius, for a coarse database filter. */
    public static double[] boundingBox(double lat, double lon, double radiusMeters) {
        double dLat = Math.toDegrees(radiusMeters / EARTH_RADIUS_METERS);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(lat)));
        double dLon = Math.min(180, dLat / cos);
        return new double[] {lat - dLat, lat + dLat, lon - dLon, lon + dLon};
    }

    /** The places within the radius, nearest first (ties by id), each with its distance. */
    public static <T> List<Near<T>> within(List<T> places, double lat, double lon, double radiusMeters,
                                           java.util.function.ToDoubleFunction<T> latOf,
                                           java.util.function.ToDoubleFunction<T> lonOf,
                                           java.util.function.Function<T, String> idOf) {
        return places.stream()
                .map(p -> new Near<>(p, distanceMeters(lat, lon, latOf.applyAsDouble(p), lonOf.applyAsDouble(p))))
                .filter(n -> n.distanceMeters() <= radiusMeters)
                .sorted(Comparator.<Near<T>>comparingDouble(Near::distanceMeters).thenComparing(n -> idOf.apply(n.place())))
                .toList();
    }

    public record Near<T>(T place, double distanceMeters) {
    }
}
