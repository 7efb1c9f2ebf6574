package org.chrysalis.platform.core.features;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;
import org.chrysalis.platform.core.migration.LiquibaseMigrator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Waits until a just-installed feature really serves: its own bundles are active, their Blueprint
 * containers are created (the extender registers a container as a service only once it is), and
 * the capability the feature declares answers UP. A failed migration of one of its bundles ends the
 * wait at once with the migration's reason.
 */
class FeatureHealth {

    private static final String BLUEPRINT_CONTAINER = "org.osgi.service.blueprint.container.BlueprintContainer";
    private static final long POLL_MILLIS = 250;

    private final BundleContext context;
    private final LiquibaseMigrator migrator;

    FeatureHealth(BundleContext context, LiquibaseMigrator migrator) {
        this.context = context;
        this.migrator = migrator;
    }

    /** Empty when the feature serves within the timeout, otherwise why it does not. */
    Optional<String> await(Feature feature, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String pending;
        do {
            List<Bundle> bundles = ownBundles(feature);
            for (Bundle bundle : bundles) {
                Optional<String> failed = migrator.failure(bundle).map(f -> f.reason());
                if (failed.isPresent()) {
                    return failed;
                }
            }
            pending = pending(feature, bundles);
            if (pending == null) {
                return Optional.empty();
            }
            Thread.sleep(POLL_MILLIS);
        } while (System.nanoTime() < deadline);
        return Optional.of(feature.getName() + " " + feature.getVersion() + " did not become healthy within "
                + timeout.toSeconds() + " s: " + pending);
    }

    /** What is not ready yet, or null when everything is. */
    private String pending(Feature feature, List<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return "its bundles are not installed";
        }
        for (Bundle bundle : bundles) {
            if (bundle.getState() != Bundle.ACTIVE) {
                return "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " is not active";
            }
            if (hasBlueprint(bundle) && !hasContainer(bundle)) {
                return "the Blueprint container of " + bundle.getSymbolicName() + " " + bundle.getVersion()
                        + " is not created";
            }
        }
        for (String id : capabilityIds(feature)) {
            Health health = health(id, bundles);
            if (health == null) {
                return "capability " + id + " is not registered";
            }
            if (!health.isUp()) {
                return "capability " + id + " is " + health.status() + " " + health.details();
            }
        }
        return null;
    }

    private List<Bundle> ownBundles(Feature feature) {
        List<Bundle> bundles = new ArrayList<>();
        for (BundleInfo info : feature.getBundles()) {
            if (!info.isDependency()) {
                Bundle bundle = context.getBundle(info.getLocation());
                bundles.add(bundle);
            }
        }
        bundles.removeIf(Objects::isNull);
        return bundles;
    }

    static Set<String> capabilityIds(Feature feature) {
        Set<String> ids = new TreeSet<>();
        for (var capability : feature.getCapabilities()) {
            CapabilityMarker.id(capability.getValue()).ifPresent(ids::add);
        }
        return ids;
    }

    private static boolean hasBlueprint(Bundle bundle) {
        return bundle.getHeaders().get("Bundle-Blueprint") != null
                || bundle.findEntries("OSGI-INF/blueprint", "*.xml", false) != null;
    }

    private boolean hasContainer(Bundle bundle) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(BLUEPRINT_CONTAINER,
                    "(osgi.blueprint.container.symbolicname=" + bundle.getSymbolicName() + ")");
            if (refs != null) {
                for (ServiceReference<?> ref : refs) {
                    if (ref.getBundle() == bundle) {
                        return true;
                    }
                }
            }
            return false;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The health of capability {@code id} as registered by one of these bundles, null when none is. */
    private Health health(String id, List<Bundle> bundles) {
        try {
            for (ServiceReference<Capability> ref : context.getServiceReferences(Capability.class, null)) {
                if (!bundles.contains(ref.getBundle())) {
                    continue;
                }
                Capability capability = context.getService(ref);
                if (capability == null) {
                    continue;
                }
                try {
                    if (id.equals(capability.id())) {
                        return capability.health();
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
            return null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
