package org.chrysalis.platform.core.features;

import org.chrysalis.platform.api.capability.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.time.PlatformClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and uninstalls Chrysalis features through Karaf's FeaturesService, one at a time in
 * the background, exactly as {@code feature:install} would. The platform feature itself cannot be
 * uninstalled from here: it is what serves this request.
 */
public class FeatureAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureAdministration.class);
    static final String PREFIX = "chrysalis-";
    static final String PLATFORM = "chrysalis-platform";
    private static final int KEPT_JOBS = 200;

    private final FeaturesService features;
    private final PlatformClock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "chrysalis-feature-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, FeatureJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FeatureJob> eldest) {
            return size() > KEPT_JOBS;
        }
    };

    public FeatureAdministration(FeaturesService features, PlatformClock clock) {
        this.features = features;
        this.clock = clock;
    }

    public List<FeatureInfo> list() throws Exception {
        Map<String, FeatureInfo> newest = new LinkedHashMap<>();
        for (Feature feature : features.listFeatures()) {
            if (!feature.getName().startsWith(PREFIX)) {
                continue;
            }
            boolean installed = features.isInstalled(feature);
            FeatureState state = installed ? features.getState(feature.getId()) : null;
            FeatureInfo info = new FeatureInfo(feature.getName(), feature.getVersion(), feature.getDescription(),
                    installed, state == null ? "Uninstalled" : state.name());
            newest.merge(feature.getName(), info, (a, b) -> a.installed() ? a : b);
        }
        List<FeatureInfo> list = new ArrayList<>(newest.values());
        list.sort(Comparator.comparing(FeatureInfo::name));
        return list;
    }

    /**
     * Ids of the capabilities whose features are installed: a capability feature says so with
     * {@code <capability>chrysalis.capability;id=<id></capability>}.
     */
    public java.util.Set<String> installedCapabilities() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        try {
            for (Feature feature : features.listInstalledFeatures()) {
                for (var capability : feature.getCapabilities()) {
                    CapabilityMarker.id(capability.getValue()).ifPresent(ids::add);
                }
            }
        } catch (Exception e) {
            LOG.debug("Installed features not readable now", e);
        }
        return ids;
    }

    public FeatureJob submit(String feature, FeatureJob.Action action, String requestedBy) throws Exception {
        if (!feature.startsWith(PREFIX) || features.getFeatures(feature).length == 0) {
            throw ProblemException.notFound("Feature", feature);
        }
        if (PLATFORM.equals(feature) && action == FeatureJob.Action.UNINSTALL) {
            throw ProblemException.conflict("The platform feature serves this API and cannot be uninstalled here.");
        }
        FeatureJob job = new FeatureJob(UUID.randomUUID().toString(), feature, action, FeatureJob.State.PENDING,
                null, requestedBy, clock.now(), null);
        update(job);
        worker.execute(() -> run(job));
        return job;
    }

    public Optional<FeatureJob> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void run(FeatureJob job) {
        update(job.with(FeatureJob.State.RUNNING, null, null));
        try {
            if (job.action() == FeatureJob.Action.INSTALL) {
                features.installFeature(job.feature());
            } else {
                features.uninstallFeature(job.feature());
            }
            update(job.with(FeatureJob.State.DONE, null, clock.now()));
        } catch (Exception e) {
            LOG.warn("Feature job {} ({} {}) failed", job.id(), job.action(), job.feature(), e);
            String reason = ApiMismatch.find(e.getMessage())
                    .map(mismatch -> mismatch.explain(job.feature(), providedApiPackages()))
                    .orElse(e.getMessage());
            update(job.with(FeatureJob.State.FAILED, reason, clock.now()));
        }
    }

    /** The platform-api packages this runtime exports, by name, with their versions. */
    private static Map<String, String> providedApiPackages() {
        Map<String, String> provided = new java.util.TreeMap<>();
        Bundle api = FrameworkUtil.getBundle(Capability.class);
        BundleWiring wiring = api == null ? null : api.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleCapability export : wiring.getCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
                Map<String, Object> attributes = export.getAttributes();
                provided.put(String.valueOf(attributes.get(BundleRevision.PACKAGE_NAMESPACE)),
                        String.valueOf(attributes.get("version")));
            }
        }
        return provided;
    }

    private void update(FeatureJob job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
    }

    public void close() {
        worker.shutdownNow();
    }
}
