package org.chrysalis.platform.api.handoff;

/**
 * Accepts cases handed over by another capability. A capability registers at most one, with the
 * service property {@value #CAPABILITY_PROPERTY}={@code <its id>}; callers look it up with a
 * filter on that property and answer 409/503 with a problem body when it is absent.
 */
public interface CaseHandoff {

    String CAPABILITY_PROPERTY = "capability";

    /** Creates the case on this side and says where it went. Raises ProblemException when refused. */
    HandoffReceipt accept(HandoffRequest request);
}
