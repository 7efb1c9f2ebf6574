package org.chrysalis.platform.core.features;

/** A Chrysalis feature as the administrator sees it. */
public record FeatureInfo(String name, String version, String description, boolean installed, String state) {
}
