package org.chrysalis.grid.shell;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.grid.domain.ActionRequest;
import org.chrysalis.grid.domain.IncidentAction;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.grid.service.CatalogueService;
import org.chrysalis.grid.service.IncidentService;
import org.chrysalis.grid.service.LoadGenerator;
import org.chrysalis.grid.service.PointsService;
import org.chrysalis.grid.service.Views.IncidentFilter;
import org.chrysalis.grid.service.Views.IncidentView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.security.SubjectActors;
import org.chrysalis.platform.api.time.PlatformClock;

/** {@code grid:*} commands for administrators and dispatchers at the Karaf shell. */
public final class GridCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.DISPLAY_ZONE);
    private static final Locale LOCALE = Locales.DEFAULT;

    private GridCommands() {
    }

    @Service
    @Command(scope = "grid", name = "grids", description = "Lists grids with their lead worker")
    public static class Grids implements Action {
        @Reference
        private CatalogueService catalogue;

        @Option(name = "--area", description = "only grids of this village or community")
        private String area;

        @Override
        public Object execute() {
            ShellTable table = new ShellTable();
            table.column("Code");
            table.column("Name");
            table.column("Area");
            table.column("Lead");
            catalogue.grids(area, PageRequest.of(0, PageRequest.MAX_LIMIT)).items()
                    .forEach(g -> table.addRow().addContent(g.code(), g.name(), g.areaCode(), g.leadWorker()));
            table.print(System.out);
            return null;
        }
    }

    @Service
    @Command(scope = "grid", name = "incidents", description = "Lists incidents, newest first")
    public static class Incidents implements Action {
        @Reference
        private IncidentService incidents;

        @Option(name = "--status", description = "REPORTED, ACCEPTED, ...")
        private IncidentStatus status;

        @Option(name = "--grid", description = "grid code")
        private String grid;

        @Option(name = "--overdue", description = "only overdue ones")
        private boolean overdue;

        @Option(name = "--limit", description = "at most this many (default 20)")
        private int limit = 20;

        @Override
        public Object execute() {
            var page = incidents.list(new IncidentFilter(status, grid, null, null, null, overdue ? true : null),
                    PageRequest.of(0, limit), SubjectActors.current(), LOCALE);
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Reported");
            table.column("Category");
            table.column("Grid");
            table.column("Status");
            table.column("Overdue");
            for (IncidentView i : page.items()) {
                table.addRow().addContent(i.id(), TIME.format(i.reportedAt()), i.categoryName(),
                        i.gridCode() == null ? "-" : i.gridCode(), i.statusLabel() + " " + i.status(), i.overdue() ? "!" : "");
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total());
            return null;
        }
    }

    @Service
    @Command(scope = "grid", name = "incident", description = "Shows one incident with its history")
    public static class Show implements Action {
        @Reference
        private IncidentService incidents;

        @Argument(index = 0, name = "id", required = true)
        private long id;

        @Override
        public Object execute() {
            IncidentView i = incidents.get(id, SubjectActors.current(), LOCALE);
            System.out.printf("#%d %s [%s %s] grid %s%n%s%n", i.id(), i.categoryName(), i.statusLabel(), i.status(),
                    i.gridCode(), i.description());
            System.out.printf("reported %s, response due %s, resolution due %s%s%n", TIME.format(i.reportedAt()),
                    TIME.format(i.responseDue()), TIME.format(i.resolutionDue()), i.overdue() ? " (overdue)" : "");
            System.out.println("allowed actions: " + i.allowedActions());
            incidents.history(id).forEach(h -> System.out.printf("  %s %-12s %-8s %s -> %s %s%n", TIME.format(h.at()),
                    h.actor(), h.action() == null ? "REPORT" : h.action(), h.from() == null ? "-" : h.from(), h.to(),
                    h.comment() == null ? "" : h.comment()));
            return null;
        }
    }

    @Service
    @Command(scope = "grid", name = "act", description = "Applies an action to an incident as the shell user")
    public static class Act implements Action {
        @Reference
        private IncidentService incidents;

        @Argument(index = 0, name = "id", required = true)
        private long id;

        @Argument(index = 1, name = "action", required = true, description = "ACCEPT, DISPATCH, START, ...")
        private IncidentAction action;

        @Option(name = "--comment")
        private String comment;

        @Option(name = "--department", description = "for DISPATCH")
        private String department;

        @Option(name = "--reason", description = "for REJECT")
        private String reason;

        @Option(name = "--merge-into", description = "for MERGE")
        private Long mergeInto;

        @Option(name = "--to", description = "for TRANSFER: mediation or campaigns")
        private String target;

        @Override
        public Object execute() {
            IncidentView i = incidents.act(id, new ActionRequest(action, comment, department, reason, mergeInto, target),
                    SubjectActors.current(), LOCALE);
            System.out.println("#" + i.id() + " is now " + i.status() + " (" + i.statusLabel() + ")");
            return null;
        }
    }

    @Service
    @Command(scope = "grid", name = "escalate", description = "Escalates overdue incidents now instead of at the next scheduled scan")
    public static class Escalate implements Action {
        @Reference
        private IncidentService incidents;

        @Override
        public Object execute() {
            System.out.println(incidents.escalateOverdue() + " incidents escalated");
            return null;
        }
    }

    @Service
    @Command(scope = "grid", name = "generate", description = "Adds synthetic incidents for capacity tests (JDBC batches, no history)")
    public static class Generate implements Action {
        @Reference
        private LoadGenerator generator;

        @Option(name = "--count", description = "how many (default 10000)")
        private int count = 10_000;

        @Option(name = "--seed", description = "random seed, for repeatable data")
        private long seed = 42;

        @Override
        public Object execute() throws Exception {
            java.time.Duration took = generator.generate(count, seed);
            System.out.printf("generated %d incidents in %.1f s (%.0f per second)%n", count, took.toMillis() / 1000.0,
                    count * 1000.0 / Math.max(1, took.toMillis()));
            return null;
        }
    }

    @Service
    @Command(scope = "grid", name = "leaderboard", description = "Workers by points")
    public static class Leaderboard implements Action {
        @Reference
        private PointsService points;

        @Option(name = "--grid")
        private String grid;

        @Option(name = "--month", description = "e.g. 2026-11")
        private String month;

        @Override
        public Object execute() {
            ShellTable table = new ShellTable();
            table.column("Rank");
            table.column("Worker");
            table.column("Points");
            points.leaderboard(grid, month == null ? null : java.time.YearMonth.parse(month), 20)
                    .forEach(r -> table.addRow().addContent(r.rank(), r.worker(), r.points()));
            table.print(System.out);
            return null;
        }
    }
}
