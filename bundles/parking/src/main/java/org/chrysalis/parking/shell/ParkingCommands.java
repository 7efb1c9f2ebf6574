package org.chrysalis.parking.shell;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.parking.service.FlagScheduler;
import org.chrysalis.parking.service.IngestService;
import org.chrysalis.parking.service.LotService;
import org.chrysalis.parking.service.SensorSimulator;
import org.chrysalis.parking.service.Views.Group;
import org.chrysalis.parking.service.Views.Lot;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.time.PlatformClock;

/** {@code parking:*} commands. */
public final class ParkingCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(PlatformClock.DISPLAY_ZONE);
    private static final Locale LOCALE = Locales.DEFAULT;

    private ParkingCommands() {
    }

    @Service
    @Command(scope = "parking", name = "lots", description = "Lists parking lots with their spot counts")
    public static class Lots implements Action {
        @Reference
        private LotService lots;

        @Override
        public Object execute() {
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Name");
            table.column("Total").alignRight();
            table.column("Free").alignRight();
            table.column("Occupied").alignRight();
            table.column("Status");
            for (Lot l : lots.lots(LOCALE)) {
                table.addRow().addContent(l.id(), l.name(), l.totalSpotNumber(), l.availableSpotNumber(),
                        l.occupiedSpotNumber(), l.statusLabel() + " " + l.status());
            }
            table.print(System.out);
            return null;
        }
    }

    @Service
    @Command(scope = "parking", name = "lot", description = "Shows one lot: counts, tariff, groups")
    public static class Show implements Action {
        @Reference
        private LotService lots;

        @Argument(index = 0, name = "id", required = true)
        private String id;

        @Override
        public Object execute() {
            Lot l = lots.lot(id, LOCALE);
            System.out.printf("%s %s [%s %s]%n", l.id(), l.name(), l.statusLabel(), l.status());
            System.out.printf("at %.5f, %.5f  area %s  hours %s%n", l.latitude(), l.longitude(), l.areaCode(),
                    l.openingHours());
            System.out.printf("spots %d, free %d, occupied %d, last change %s%n", l.totalSpotNumber(),
                    l.availableSpotNumber(), l.occupiedSpotNumber(),
                    l.occupancyModified() == null ? "-" : TIME.format(l.occupancyModified()));
            System.out.println("tariff: " + l.tariff());
            for (Group g : lots.groups(id)) {
                System.out.println("  group " + g.id() + " " + g.name());
            }
            return null;
        }
    }

    @Service
    @Command(scope = "parking", name = "occupancy", description = "Occupancy of every lot, and whether the counts match the spots")
    public static class Occupancy implements Action {
        @Reference
        private LotService lots;

        @Reference
        private IngestService ingest;

        @Override
        public Object execute() {
            ShellTable table = new ShellTable();
            table.column("Lot");
            table.column("Occupancy").alignRight();
            table.column("Free").alignRight();
            table.column("Total").alignRight();
            long total = 0;
            long occupied = 0;
            for (Lot l : lots.lots(LOCALE)) {
                table.addRow().addContent(l.id(), l.totalSpotNumber() == 0 ? "-"
                        : String.format("%.1f %%", 100.0 * l.occupiedSpotNumber() / l.totalSpotNumber()),
                        l.availableSpotNumber(), l.totalSpotNumber());
                total += l.totalSpotNumber();
                occupied += l.occupiedSpotNumber();
            }
            table.print(System.out);
            System.out.printf("district: %d of %d spots occupied (%.1f %%); %d observations applied in %d batches"
                    + " since start%n", occupied, total, total == 0 ? 0 : 100.0 * occupied / total,
                    ingest.observationsIngested(), ingest.batchesIngested());
            Map<String, String> problems = lots.inconsistencies();
            System.out.println(problems.isEmpty() ? "counts consistent with spots" : "INCONSISTENT: " + problems);
            return null;
        }
    }

    @Service
    @Command(scope = "parking", name = "simulate", description = "Starts or stops the built-in sensor simulator")
    public static class Simulate implements Action {
        @Reference
        private SensorSimulator simulator;

        @Option(name = "--rate", description = "observations per second (1-1000)")
        private int rate = 100;

        @Option(name = "--stop", description = "stop the simulator")
        private boolean stop;

        @Override
        public Object execute() {
            if (stop) {
                simulator.stop();
                System.out.println("simulator stopped; " + simulator.sent() + " observations sent");
            } else {
                simulator.start(rate);
                System.out.println("simulator running at " + rate + " observations per second");
            }
            return null;
        }
    }

    @Service
    @Command(scope = "parking", name = "flag", description = "Flags sessions without exit for longer than configured, now")
    public static class Flag implements Action {
        @Reference
        private FlagScheduler flags;

        @Override
        public Object execute() {
            System.out.println(flags.runOnce() + " sessions flagged");
            return null;
        }
    }
}
