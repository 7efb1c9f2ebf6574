package org.chrysalis.emergency.shell;

import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.security.SubjectActors;
import org.chrysalis.platform.api.time.PlatformClock;
import org.chrysalis.emergency.domain.TicketStatus;
import org.chrysalis.emergency.domain.TicketView;
import org.chrysalis.emergency.service.TicketService;

@Service
@Command(scope = "emergency", name = "tickets", description = "Lists tickets, newest first")
public class TicketsCommand implements Action {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.DISPLAY_ZONE);

    @Reference
    private TicketService tickets;

    @Option(name = "--status", description = "OPEN, IN_PROGRESS, DONE or CANCELLED")
    private TicketStatus status;

    @Option(name = "--limit")
    private int limit = 20;

    @Override
    public Object execute() {
        var page = tickets.list(status, PageRequest.of(0, limit), SubjectActors.current());
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Title");
        table.column("Status");
        table.column("Due");
        for (TicketView t : page.items()) {
            table.addRow().addContent(t.id(), t.title(), t.status(), TIME.format(t.dueAt()));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
