package org.chrysalis.platform.core.features;

import org.chrysalis.platform.api.capability.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.time.PlatformClock;
import org.chrysalis.platform.core.migration.LiquibaseMigrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, uninstalls and upgrades Chrysalis features through Karaf's FeaturesService, one at a
 * time in the background, exactly as {@code feature:install} (with {@code --upgrade}) would. The platform feature itself cannot be
 * uninstalled from here: it is what serves this request.
 */
public class FeatureAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureAdministration.class);
    static final String PREFIX = "chrysalis-";
    static final String PLATFORM = "chrysalis-platform";
    private static final int KEPT_JOBS = 200;

    private final FeaturesService features;
    private final PlatformClock clock;
    private final FeatureHealth health;
    private final Duration healthTimeout;
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

    /**
     * @param healthSeconds how long an upgraded feature may take to serve before the previous
     *                      version is put back
     */
    public FeatureAdministration(FeaturesService features, PlatformClock clock, BundleContext context,
                                 LiquibaseMigrator migrator, int healthSeconds) {
        this.features = features;
        this.clock = clock;
        this.health = new FeatureHealth(context, migrator);
        this.healthTimeout = Duration.ofSeconds(healthSeconds);
    }

    public List<FeatureInfo> list() throws Exception {
        Map<String, List<Feature>> byName = new TreeMap<>();
        for (Feature feature : features.listFeatures()) {
            if (feature.getName().startsWith(PREFIX)) {
                byName.computeIfAbsent(feature.getName(), name -> new ArrayList<>()).add(feature);
            }
        }
        List<FeatureInfo> list = new ArrayList<>();
        for (List<Feature> versions : byName.values()) {
            versions.sort(Comparator.comparing(Feature::getVersion, FeatureVersions.ASCENDING).reversed());
            // the installed version if any, otherwise the newest
            Feature shown = versions.stream().filter(features::isInstalled).findFirst().orElse(versions.get(0));
            boolean installed = features.isInstalled(shown);
            FeatureState state = installed ? features.getState(shown.getId()) : null;
            list.add(new FeatureInfo(shown.getName(), shown.getVersion(), shown.getDescription(), installed,
                    state == null ? "Uninstalled" : state.name(),
                    FeatureVersions.newestFirst(versions.stream().map(Feature::getVersion).toList())));
        }
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
        return submit(feature, action, null, requestedBy);
    }

    /** @param version the version to install, or null for the newest (uninstall takes none) */
    public FeatureJob submit(String feature, FeatureJob.Action action, String version, String requestedBy)
            throws Exception {
        if (action == FeatureJob.Action.UPGRADE) {
            throw new IllegalArgumentException("an upgrade runs through upgrade(), which checks what is installed");
        }
        requireKnown(feature);
        if (version != null) {
            if (action != FeatureJob.Action.INSTALL) {
                throw ProblemException.badRequest("Only an install takes a version.");
            }
            version = exactVersion(feature, version);
        }
        if (PLATFORM.equals(feature) && action == FeatureJob.Action.UNINSTALL) {
            throw ProblemException.conflict("The platform feature serves this API and cannot be uninstalled here.");
        }
        if (action == FeatureJob.Action.INSTALL) {
            // Karaf would install a second version beside the first: one version serves at a time
            String wanted = version != null ? version : newest(feature);
            Optional<Feature> installed = installed(feature);
            if (installed.isPresent() && !installed.get().getVersion().equals(wanted)) {
                throw ProblemException.conflict(feature + " " + installed.get().getVersion()
                        + " is installed: upgrade it to " + wanted + " instead.");
            }
        }
        return enqueue(feature, action, version, requestedBy);
    }

    /**
     * Replaces the installed version of a feature by {@code version} in the background. When the
     * new version does not serve (its migration fails, a bundle does not start, its capability is
     * not UP within the timeout) the previous version is put back and the job fails with the reason.
     */
    public FeatureJob upgrade(String feature, String version, String requestedBy) throws Exception {
        requireKnown(feature);
        if (version == null || version.isBlank()) {
            throw ProblemException.invalid("version", "is required");
        }
        version = exactVersion(feature, version);
        if (PLATFORM.equals(feature)) {
            throw ProblemException.conflict("The platform feature serves this API and cannot be upgraded here.");
        }
        Feature installed = installed(feature).orElseThrow(() -> ProblemException.conflict(
                feature + " is not installed: install it instead of upgrading it."));
        if (installed.getVersion().equals(version)) {
            throw ProblemException.conflict(feature + " " + version + " is already installed.");
        }
        return enqueue(feature, FeatureJob.Action.UPGRADE, version, requestedBy);
    }

    /** Only Chrysalis features that a repository offers are administered here. */
    private void requireKnown(String feature) throws Exception {
        if (!feature.startsWith(PREFIX) || features.getFeatures(feature).length == 0) {
            throw ProblemException.notFound("Feature", feature);
        }
    }

    private FeatureJob enqueue(String feature, FeatureJob.Action action, String version, String requestedBy) {
        FeatureJob job = new FeatureJob(UUID.randomUUID().toString(), feature, action, version,
                FeatureJob.State.PENDING, null, requestedBy, clock.now(), null);
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
            switch (job.action()) {
                case INSTALL -> {
                    if (job.version() == null) {
                        features.installFeature(job.feature());
                    } else {
                        features.installFeature(job.feature(), job.version());
                    }
                }
                case UNINSTALL -> features.uninstallFeature(job.feature());
                case UPGRADE -> {
                    Optional<String> failed = upgrade(job);
                    if (failed.isPresent()) {
                        update(job.with(FeatureJob.State.FAILED, failed.get(), clock.now()));
                        return;
                    }
                }
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

    /** Empty when the new version serves; otherwise why not, with the previous version serving again. */
    private Optional<String> upgrade(FeatureJob job) throws Exception {
        Feature previous = installed(job.feature()).orElseThrow(() -> new IllegalStateException(
                job.feature() + " is no longer installed"));
        Feature target = features.getFeature(job.feature(), job.version());
        long started = System.nanoTime();
        Optional<String> problem;
        try {
            // Karaf's upgrade option swaps the versions in one deployment: the old feature's
            // requirement is removed and the new one added, so the old bundle is uninstalled (or
            // updated in place when the versions are close) without touching anything else.
            features.installFeature(job.feature(), job.version(), EnumSet.of(FeaturesService.Option.Upgrade));
            problem = health.await(target, healthTimeout);
        } catch (Exception e) {
            LOG.warn("Upgrade of {} to {} failed", job.feature(), job.version(), e);
            problem = Optional.of(ApiMismatch.find(e.getMessage())
                    .map(mismatch -> mismatch.explain(job.feature() + " " + job.version(), providedApiPackages()))
                    .orElse(job.feature() + " " + job.version() + " could not be installed: " + e.getMessage()));
        }
        if (problem.isEmpty()) {
            LOG.info("{} upgraded from {} to {} in {} ms", job.feature(), previous.getVersion(), job.version(),
                    (System.nanoTime() - started) / 1_000_000);
            return problem;
        }
        LOG.warn("Upgrade of {} to {} failed, putting {} back: {}", job.feature(), job.version(),
                previous.getVersion(), problem.get());
        return Optional.of(problem.get() + " " + putBack(previous));
    }

    /** Reinstalls the version that served before a failed upgrade; says whether it serves again. */
    private String putBack(Feature previous) {
        try {
            features.installFeature(previous.getName(), previous.getVersion(), EnumSet.of(FeaturesService.Option.Upgrade));
            Optional<String> again = health.await(previous, healthTimeout);
            return again.map(why -> "Version " + previous.getVersion() + " was put back but does not serve: " + why)
                    .orElse("Version " + previous.getVersion() + " was put back and serves again.");
        } catch (Exception e) {
            LOG.error("Putting {} {} back failed", previous.getName(), previous.getVersion(), e);
            return "Putting version " + previous.getVersion() + " back failed too: " + e.getMessage();
        }
    }

    /**
     * The version of {@code feature} that {@code version} names, as the repository spells it. Only
     * a plain version is accepted: Karaf would read anything else as a range (and fail on nonsense).
     */
    private String exactVersion(String feature, String version) throws Exception {
        if (!FeatureVersions.isPlain(version)) {
            throw ProblemException.invalid("version", "is not a version such as 1.2.0");
        }
        Feature[] found = features.getFeatures(feature, version);
        if (found.length == 0) {
            throw ProblemException.notFound("Feature version", feature + " " + version);
        }
        return found[0].getVersion();
    }

    private String newest(String name) throws Exception {
        List<String> versions = new ArrayList<>();
        for (Feature feature : features.getFeatures(name)) {
            versions.add(feature.getVersion());
        }
        return FeatureVersions.newestFirst(versions).get(0);
    }

    private Optional<Feature> installed(String name) throws Exception {
        for (Feature feature : features.listInstalledFeatures()) {
            if (feature.getName().equals(name)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
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
