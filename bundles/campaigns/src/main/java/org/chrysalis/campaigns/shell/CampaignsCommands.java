package org.chrysalis.campaigns.shell;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.campaigns.domain.Progress;
import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskStatus;
import org.chrysalis.campaigns.service.AssessmentService;
import org.chrysalis.campaigns.service.CampaignService;
import org.chrysalis.campaigns.service.EscalationScheduler;
import org.chrysalis.campaigns.service.RectificationService;
import org.chrysalis.campaigns.service.Views.TaskFilter;
import org.chrysalis.campaigns.service.Views.TaskView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.security.SubjectActors;
import org.chrysalis.platform.api.time.PlatformClock;

/** {@code campaigns:*} commands. */
public final class CampaignsCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.DISPLAY_ZONE);
    private static final Locale LOCALE = Locales.DEFAULT;

    private CampaignsCommands() {
    }

    @Service
    @Command(scope = "campaigns", name = "list", description = "Lists campaigns, newest first")
    public static class ListCampaigns implements Action {
        @Reference
        private CampaignService campaigns;

        @Option(name = "--key-area")
        private String keyArea;

        @Option(name = "--limit")
        private int limit = 50;

        @Override
        public Object execute() {
            var page = campaigns.list(keyArea, null, PageRequest.of(0, limit), LOCALE);
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Kind");
            table.column("Key area");
            table.column("Name");
            table.column("Lead department");
            table.column("Period");
            page.items().forEach(c -> table.addRow().addContent(c.id(), c.kindLabel() + " " + c.kind(),
                    c.keyAreaCode() == null ? "-" : c.keyAreaCode(), c.name(), c.leadDepartment(),
                    c.startDate() + " .. " + (c.endDate() == null ? "" : c.endDate())));
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total());
            return null;
        }
    }

    @Service
    @Command(scope = "campaigns", name = "progress", description = "Shows a campaign's progress against its targets")
    public static class ShowProgress implements Action {
        @Reference
        private AssessmentService assessment;

        @Argument(index = 0, name = "id", required = true)
        private long id;

        @Override
        public Object execute() {
            var view = assessment.campaignProgress(id);
            Progress p = view.progress();
            System.out.printf("#%d %s%n", view.campaignId(), view.name());
            System.out.printf("problems %d, rectified %d, closure rate %s, overdue %d (high severity %d), escalated %d,"
                    + " reopened %d, median days to rectify %s%n", p.problems(), p.rectified(),
                    p.closureRate() == null ? "-" : String.format("%.1f%%", p.closureRate() * 100), p.overdue(),
                    p.overdueHighSeverity(), p.escalated(), p.reopened(),
                    p.medianDaysToRectify() == null ? "-" : p.medianDaysToRectify());
            p.targets().forEach(t -> System.out.printf("  target %s %s: actual %s -> %s%n", t.name(), t.target(),
                    t.actual() == null ? "-" : t.actual(), t.met() == null ? "not yet measurable" : t.met() ? "met" : "NOT MET"));
            assessment.ranking(id, null).forEach(d -> System.out.printf("  %d. %s score %.1f (closure %.0f%%, timeliness %.0f%%,"
                    + " reopened %d)%n", d.rank(), d.department(), d.score(), d.closureRate() * 100, d.timeliness() * 100,
                    d.reopened()));
            return null;
        }
    }

    @Service
    @Command(scope = "campaigns", name = "tasks", description = "Lists rectification tasks, newest first")
    public static class Tasks implements Action {
        @Reference
        private RectificationService tasks;

        @Option(name = "--campaign")
        private Long campaign;

        @Option(name = "--state")
        private TaskStatus state;

        @Option(name = "--severity")
        private Severity severity;

        @Option(name = "--department")
        private String department;

        @Option(name = "--limit")
        private int limit = 20;

        @Override
        public Object execute() {
            print(tasks.list(new TaskFilter(campaign, null, department, state, severity, null), PageRequest.of(0, limit),
                    SubjectActors.current(), LOCALE));
            return null;
        }
    }

    @Service
    @Command(scope = "campaigns", name = "overdue", description = "Lists overdue rectification tasks")
    public static class Overdue implements Action {
        @Reference
        private RectificationService tasks;

        @Option(name = "--limit")
        private int limit = 50;

        @Override
        public Object execute() {
            print(tasks.list(new TaskFilter(null, null, null, null, null, true), PageRequest.of(0, limit),
                    SubjectActors.current(), LOCALE));
            return null;
        }
    }

    @Service
    @Command(scope = "campaigns", name = "tick", description = "Flags overdue tasks and escalates them now")
    public static class Tick implements Action {
        @Reference
        private EscalationScheduler scheduler;

        @Override
        public Object execute() {
            int[] counts = scheduler.runOnce();
            System.out.println(counts[0] + " flagged overdue, " + counts[1] + " escalated");
            return null;
        }
    }

    static void print(Page<TaskView> page) {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Campaign");
        table.column("Severity");
        table.column("Site");
        table.column("Department");
        table.column("Status");
        table.column("Deadline");
        table.column("Supervision");
        for (TaskView t : page.items()) {
            table.addRow().addContent(t.id(), t.campaignId(), t.severityLabel(), t.siteName() == null ? "-" : t.siteName(),
                    t.responsibleDepartment(), t.statusLabel() + " " + t.status(),
                    TIME.format(t.deadline()) + (t.overdue() ? " OVERDUE" : ""),
                    t.escalated() ? "督办 until " + TIME.format(t.supervisionDeadline()) : "");
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
    }
}
