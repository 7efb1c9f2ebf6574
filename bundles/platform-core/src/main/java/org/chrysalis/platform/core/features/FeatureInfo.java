package org.chrysalis.platform.core.features;

import java.util.List;

/**
 * A Chrysalis feature as the administrator sees it: the installed version (or the newest when none
 * is installed) and every version the registered feature repositories offer, newest first.
 */
public record FeatureInfo(String name, String version, String description, boolean installed, String state,
                          List<String> availableVersions) {
}
