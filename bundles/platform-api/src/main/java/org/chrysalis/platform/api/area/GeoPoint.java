package org.chrysalis.platform.api.area;

/** A WGS 84 point, longitude first as in GeoJSON. */
public record GeoPoint(double longitude, double latitude) {

    public GeoPoint {
        if (!(longitude >= -180 && longitude <= 180) || !(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("coordinates out of range: " + longitude + ", " + latitude);
        }
    }
}
