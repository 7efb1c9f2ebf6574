package org.chrysalis.platform.api.handoff;

import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Finds another capability's case hand-off service at the moment of the call, so a capability
 * that is not installed is simply absent: no proxy waits for it. In Blueprint:
 * {@code <bean class="org.chrysalis.platform.api.handoff.Handoffs"><argument ref="blueprintBundleContext"/></bean>}.
 */
public class Handoffs {

    private final BundleContext context;

    public Handoffs(BundleContext context) {
        this.context = context;
    }

    /** Calls the target's hand-off service, or returns empty when the target is not installed. */
    public <R> Optional<R> with(String capability, Function<CaseHandoff, R> call) {
        try {
            for (ServiceReference<CaseHandoff> ref : context.getServiceReferences(CaseHandoff.class,
                    "(" + CaseHandoff.CAPABILITY_PROPERTY + "=" + capability + ")")) {
                CaseHandoff handoff = context.getService(ref);
                if (handoff != null) {
                    try {
                        return Optional.ofNullable(call.apply(handoff));
                    } finally {
                        context.ungetService(ref);
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("capability id " + capability, e);
        } catch (IllegalStateException stopping) {
            return Optional.empty();
        }
    }
}
