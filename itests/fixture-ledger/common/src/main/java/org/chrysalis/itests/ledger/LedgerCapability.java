package org.chrysalis.itests.ledger;

import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;
import org.osgi.framework.Bundle;

/** Reports its bundle's version, so a test sees which version serves. */
public class LedgerCapability implements Capability {

    private final Bundle bundle;

    public LedgerCapability(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public String id() {
        return "ledger";
    }

    @Override
    public String name() {
        return "Test ledger";
    }

    @Override
    public String version() {
        return bundle.getVersion().toString();
    }

    @Override
    public String description() {
        return "Upgraded at runtime by the upgrade test";
    }

    @Override
    public Health health() {
        return Health.up();
    }
}
