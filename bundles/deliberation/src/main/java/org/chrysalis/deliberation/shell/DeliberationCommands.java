package org.chrysalis.deliberation.shell;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.service.TickScheduler;
import org.chrysalis.deliberation.service.TopicService;
import org.chrysalis.deliberation.service.Views.Tally;
import org.chrysalis.deliberation.service.Views.TopicFilter;
import org.chrysalis.deliberation.service.Views.TopicView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.security.SubjectActors;
import org.chrysalis.platform.api.time.PlatformClock;

/** {@code deliberation:*} commands. */
public final class DeliberationCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.DISPLAY_ZONE);
    private static final Locale LOCALE = Locales.DEFAULT;

    private DeliberationCommands() {
    }

    @Service
    @Command(scope = "deliberation", name = "topics", description = "Lists deliberation topics, newest first")
    public static class Topics implements Action {
        @Reference
        private TopicService topics;

        @Option(name = "--village")
        private String village;

        @Option(name = "--state")
        private TopicStatus state;

        @Option(name = "--limit")
        private int limit = 20;

        @Override
        public Object execute() {
            var page = topics.list(new TopicFilter(village, null, null, state), PageRequest.of(0, limit),
                    SubjectActors.current(), LOCALE);
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Raised");
            table.column("Village");
            table.column("Kind");
            table.column("Title");
            table.column("Co-signers");
            table.column("State");
            for (TopicView t : page.items()) {
                table.addRow().addContent(t.id(), TIME.format(t.createdAt()), t.villageCode(), t.kindLabel(), t.title(),
                        t.cosigners() + "/" + t.cosignThreshold(), t.statusLabel() + " " + t.status());
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total());
            return null;
        }
    }

    @Service
    @Command(scope = "deliberation", name = "topic", description = "Shows one topic with its history")
    public static class Show implements Action {
        @Reference
        private TopicService topics;

        @Argument(index = 0, name = "id", required = true)
        private long id;

        @Override
        public Object execute() {
            TopicView t = topics.get(id, SubjectActors.current(), LOCALE);
            System.out.printf("#%d %s [%s %s] %s / %s, village %s, by %s%n", t.id(), t.title(), t.statusLabel(),
                    t.status(), t.kindLabel(), t.matterLabel(), t.villageCode(), t.author());
            System.out.println("co-signers: " + t.cosigners() + "/" + t.cosignThreshold()
                    + (t.outcome() == null ? "" : ", outcome " + t.outcome()) + ", progress " + t.progressPercent() + " %");
            System.out.println("allowed actions: " + t.allowedActions());
            topics.history(id).forEach(h -> System.out.printf("  %s %-18s %-20s %s -> %s %s%n", TIME.format(h.at()),
                    h.actor(), h.action() == null ? "-" : h.action(), h.from() == null ? "-" : h.from(), h.to(),
                    h.detail() == null ? "" : h.detail()));
            return null;
        }
    }

    @Service
    @Command(scope = "deliberation", name = "tally", description = "Shows the public count of a topic's vote")
    public static class ShowTally implements Action {
        @Reference
        private TopicService topics;

        @Argument(index = 0, name = "id", required = true)
        private long id;

        @Override
        public Object execute() {
            Tally t = topics.tally(id);
            System.out.printf("topic #%d round %d, rule %s, %s: %d of %d eligible voted%n", t.topicId(), t.round(), t.rule(),
                    t.closed() ? "closed" : "open", t.votesCast(), t.eligible());
            ShellTable table = new ShellTable();
            table.column("Option");
            table.column("Label");
            table.column("Votes");
            t.options().forEach(o -> table.addRow().addContent(o.id(), o.label(),
                    o.votes() == null ? "(counted at close)" : o.votes()));
            table.print(System.out);
            if (t.outcome() != null) {
                System.out.println("outcome: " + t.outcome() + (t.winningOptionId() == null ? "" : ", option "
                        + t.winningOptionId()));
            }
            return null;
        }
    }

    @Service
    @Command(scope = "deliberation", name = "tick", description = "Expires topics past their co-signing window and closes votes past theirs, now")
    public static class Tick implements Action {
        @Reference
        private TickScheduler scheduler;

        @Override
        public Object execute() {
            int[] done = scheduler.runOnce();
            System.out.println(done[0] + " expired, " + done[1] + " votes closed");
            return null;
        }
    }
}
