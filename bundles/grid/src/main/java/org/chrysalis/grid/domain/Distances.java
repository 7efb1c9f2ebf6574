package org.chrysalis.grid.domain;

/** Great-circle distances; a sphere is accurate to well under a percent at the scale of a city. */
public final class Distances {

    /** The mean Earth radius (IUGG), in meters. */
    public static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private Distances() {
    }

    /** Haversine distance in meters between two WGS 84 points given in degrees. */
    public static double meters(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        // rounding can push a just above 1 for antipodal points, where asin would answer NaN
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(Math.min(1.0, a)));
    }
}
