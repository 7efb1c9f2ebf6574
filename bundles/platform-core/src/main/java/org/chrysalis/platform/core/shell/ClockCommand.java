package org.chrysalis.platform.core.shell;

import java.time.Duration;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.chrysalis.platform.api.time.AdjustableClock;
import org.chrysalis.platform.api.time.PlatformClock;

@Service
@Command(scope = "chrysalis", name = "clock", description = "Shows the platform clock, or moves it forward for tests and drills")
public class ClockCommand implements Action {

    @Reference
    private AdjustableClock clock;

    @Option(name = "--advance", description = "ISO-8601 duration to move forward, e.g. PT48H")
    private String advance;

    @Option(name = "--reset", description = "back to the system clock")
    private boolean reset;

    @Override
    public Object execute() {
        if (reset) {
            clock.reset();
        }
        if (advance != null) {
            clock.advance(Duration.parse(advance));
        }
        System.out.println("now " + clock.now().atZone(PlatformClock.DISPLAY_ZONE) + " (offset " + clock.offset() + ")");
        return null;
    }
}
