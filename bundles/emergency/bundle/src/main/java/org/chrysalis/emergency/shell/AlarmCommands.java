package org.chrysalis.emergency.shell;

import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.emergency.domain.AlarmStatus;
import org.chrysalis.emergency.domain.TimelineEntry;
import org.chrysalis.emergency.service.AlarmService;
import org.chrysalis.emergency.service.Views.AlarmView;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.security.SubjectActors;
import org.chrysalis.platform.api.time.PlatformClock;

/** {@code emergency:*} commands. */
public final class AlarmCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(PlatformClock.DISPLAY_ZONE);

    private AlarmCommands() {
    }

    @Service
    @Command(scope = "emergency", name = "alarms", description = "Lists alarms, newest first")
    public static class Alarms implements Action {
        @Reference
        private AlarmService alarms;

        @Option(name = "--status")
        private AlarmStatus status;

        @Option(name = "--limit")
        private int limit = 20;

        @Override
        public Object execute() {
            var page = alarms.list(status, null, PageRequest.of(0, limit), SubjectActors.current());
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Raised");
            table.column("Enterprise");
            table.column("Kind");
            table.column("Tier");
            table.column("Status");
            table.column("Deadline");
            table.column("Drill");
            for (AlarmView a : page.items()) {
                table.addRow().addContent(a.id(), TIME.format(a.raisedAt()), a.enterpriseName(), a.kind(), a.tier(),
                        a.status() + (a.overdue() ? " (overdue)" : ""), TIME.format(a.deadline()), a.drill() ? "drill" : "");
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total());
            return null;
        }
    }

    @Service
    @Command(scope = "emergency", name = "alarm", description = "Shows one alarm with its timeline")
    public static class Show implements Action {
        @Reference
        private AlarmService alarms;

        @Argument(required = true, description = "alarm id")
        private String id;

        @Override
        public Object execute() {
            AlarmView a = alarms.get(id, SubjectActors.current());
            System.out.println(a.enterpriseName() + " (" + a.park() + ") " + a.kind() + (a.drill() ? " DRILL" : "")
                    + " — " + a.tier() + " " + a.status() + (a.overdue() ? " overdue" : ""));
            for (TimelineEntry e : a.timeline()) {
                System.out.println("  " + TIME.format(e.at()) + "  " + e.tier() + "  " + e.kind() + "  " + e.actor()
                        + (e.note() == null ? "" : "  " + e.note()));
            }
            return null;
        }
    }
}
