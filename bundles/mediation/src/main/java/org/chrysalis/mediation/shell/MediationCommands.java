package org.chrysalis.mediation.shell;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.mediation.domain.DisputeStatus;
import org.chrysalis.mediation.service.CaseService;
import org.chrysalis.mediation.service.RosterService;
import org.chrysalis.mediation.service.Views.CaseFilter;
import org.chrysalis.mediation.service.Views.CaseView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.security.SubjectActors;
import org.chrysalis.platform.api.time.PlatformClock;

/** {@code mediation:*} commands. */
public final class MediationCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.DISPLAY_ZONE);
    private static final Locale LOCALE = Locales.DEFAULT;

    private MediationCommands() {
    }

    @Service
    @Command(scope = "mediation", name = "cases", description = "Lists mediation cases, newest first")
    public static class Cases implements Action {
        @Reference
        private CaseService cases;

        @Option(name = "--status")
        private DisputeStatus status;

        @Option(name = "--mediator")
        private String mediator;

        @Option(name = "--limit")
        private int limit = 20;

        @Override
        public Object execute() {
            var page = cases.list(new CaseFilter(status, null, mediator, null, null), PageRequest.of(0, limit),
                    SubjectActors.current(), LOCALE);
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Filed");
            table.column("Category");
            table.column("Merchant");
            table.column("Mediator");
            table.column("Status");
            table.column("Deadline");
            for (CaseView c : page.items()) {
                table.addRow().addContent(c.id(), TIME.format(c.filedAt()), c.category(), c.merchantName(),
                        c.mediatorId() == null ? "-" : c.mediatorId(), c.statusLabel() + " " + c.status(),
                        c.deadline() == null ? "" : TIME.format(c.deadline()) + (c.overdue() ? " !" : ""));
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total());
            return null;
        }
    }

    @Service
    @Command(scope = "mediation", name = "case", description = "Shows one case with its history")
    public static class Show implements Action {
        @Reference
        private CaseService cases;

        @Argument(index = 0, name = "id", required = true)
        private long id;

        @Override
        public Object execute() {
            var actor = SubjectActors.current();
            CaseView c = cases.get(id, actor, LOCALE);
            System.out.printf("#%d %s [%s %s] %s vs %s, claim %.2f yuan%n", c.id(), c.category(), c.statusLabel(),
                    c.status(), c.consumerName(), c.merchantName(), c.claimFen() / 100.0);
            System.out.println("mediator: " + c.mediatorId() + (c.assignmentNote() == null ? "" : " (" + c.assignmentNote() + ")"));
            System.out.println("allowed actions: " + c.allowedActions());
            cases.history(id, actor).forEach(h -> System.out.printf("  %s %-10s %-16s %s -> %s %s%n",
                    TIME.format(h.at()), h.actor(), h.action() == null ? "FILE" : h.action(),
                    h.from() == null ? "-" : h.from(), h.to(), h.detail() == null ? "" : h.detail()));
            return null;
        }
    }

    @Service
    @Command(scope = "mediation", name = "assign", description = "Runs the rotation for an accepted case still without a mediator")
    public static class Assign implements Action {
        @Reference
        private CaseService cases;

        @Argument(index = 0, name = "id", required = true)
        private long id;

        @Override
        public Object execute() {
            CaseView c = cases.assignPending(id, SubjectActors.current(), LOCALE);
            System.out.println("#" + c.id() + " " + c.assignmentNote());
            return null;
        }
    }

    @Service
    @Command(scope = "mediation", name = "tick", description = "Warns of near deadlines and expires overdue cases now")
    public static class Tick implements Action {
        @Reference
        private CaseService cases;

        @Override
        public Object execute() {
            System.out.println(cases.warnDueSoon() + " warned, " + cases.expireOverdue() + " expired");
            return null;
        }
    }

    @Service
    @Command(scope = "mediation", name = "rota", description = "Lists the mediators in rotation order with their duty days")
    public static class Rota implements Action {
        @Reference
        private RosterService roster;

        @Override
        public Object execute() {
            ShellTable table = new ShellTable();
            table.column("Order");
            table.column("Id");
            table.column("Name");
            table.column("Organisation");
            table.column("Active");
            table.column("Duty days");
            roster.mediators(null).forEach(m -> table.addRow().addContent(m.rotaOrder(), m.id(), m.name(),
                    m.organisationId(), m.active(), m.dutyDays()));
            table.print(System.out);
            return null;
        }
    }
}
