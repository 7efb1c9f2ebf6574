package org.chrysalis.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.CapabilityInfo;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

@Service
@Command(scope = "chrysalis", name = "capabilities", description = "Lists the installed capabilities and their health")
public class CapabilitiesCommand implements Action {

    @Reference
    private BundleContext context;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("Health");
        for (ServiceReference<Capability> ref : context.getServiceReferences(Capability.class, null)) {
            Capability capability = context.getService(ref);
            if (capability == null) {
                continue;
            }
            try {
                CapabilityInfo info = CapabilityInfo.of(capability);
                table.addRow().addContent(info.id(), info.name(), info.version(), info.health().status());
            } finally {
                context.ungetService(ref);
            }
        }
        table.print(System.out);
        return null;
    }
}
