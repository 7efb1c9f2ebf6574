package org.chrysalis.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.ShellUtil;
import org.chrysalis.platform.core.features.FeatureAdministration;
import org.chrysalis.platform.core.features.FeatureJob;

/**
 * The shell's way to the REST upgrade: the same background job, so the previous version is put
 * back when the new one does not serve; the command waits for the job and prints how it ended.
 */
@Service
@Command(scope = "chrysalis", name = "upgrade",
        description = "Upgrades a capability feature to another version; puts the previous version back if the new one fails")
public class UpgradeCommand implements Action {

    @Reference
    private FeatureAdministration administration;

    @Argument(index = 0, name = "feature", description = "the feature, e.g. chrysalis-parking", required = true)
    private String feature;

    @Argument(index = 1, name = "version", description = "the version to upgrade to", required = true)
    private String version;

    @Override
    public Object execute() throws Exception {
        FeatureJob job = administration.upgrade(feature, version, ShellUtil.getCurrentUserName());
        System.out.println("Upgrading " + feature + " to " + version + " (job " + job.id() + ")");
        while (job.state() == FeatureJob.State.PENDING || job.state() == FeatureJob.State.RUNNING) {
            Thread.sleep(250);
            job = administration.job(job.id()).orElseThrow();
        }
        if (job.state() == FeatureJob.State.DONE) {
            System.out.println(feature + " " + version + " installed and serving");
        } else {
            System.out.println("Upgrade failed: " + job.reason());
        }
        return null;
    }
}
