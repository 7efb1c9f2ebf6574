package org.chrysalis.platform.core.shell;

import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.platform.api.audit.AuditEntry;
import org.chrysalis.platform.api.audit.AuditQuery;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.time.PlatformClock;

@Service
@Command(scope = "chrysalis", name = "audit", description = "Shows the newest entries of the audit trail")
public class AuditCommand implements Action {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(PlatformClock.DISPLAY_ZONE);

    @Reference
    private AuditService audit;

    @Option(name = "--user", description = "only writes by this user")
    private String user;

    @Option(name = "--capability", description = "only writes of this capability")
    private String capability;

    @Option(name = "--limit", description = "at most this many (default 20)")
    private int limit = 20;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Time (Asia/Shanghai)");
        table.column("User");
        table.column("Capability");
        table.column("Entity");
        table.column("Id");
        table.column("Action");
        for (AuditEntry e : audit.find(new AuditQuery(user, capability, null, null, null, null),
                PageRequest.of(0, limit)).items()) {
            table.addRow().addContent(TIME.format(e.at()), e.actor(), e.capability(), e.entity(),
                    e.entityId() == null ? "" : e.entityId(), e.action());
        }
        table.print(System.out);
        return null;
    }
}
