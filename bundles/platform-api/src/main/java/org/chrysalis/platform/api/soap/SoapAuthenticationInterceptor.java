package org.chrysalis.platform.api.soap;

import java.security.Principal;

import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.security.JaasAuthenticator;

/** HTTP Basic against Karaf's JAAS realm for SOAP calls; every operation needs a user. */
public class SoapAuthenticationInterceptor extends AbstractPhaseInterceptor<Message> {

    private final JaasAuthenticator authenticator;

    public SoapAuthenticationInterceptor(JaasAuthenticator authenticator) {
        super(Phase.UNMARSHAL);
        this.authenticator = authenticator;
    }

    @Override
    public void handleMessage(Message message) {
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        if (policy == null || policy.getUserName() == null) {
            throw SoapFaults.fault(401, "unauthorized", "Authentication is required.");
        }
        Actor actor = authenticator.authenticate(policy.getUserName(), policy.getPassword())
                .orElseThrow(() -> SoapFaults.fault(401, "unauthorized", "The user name or password is not valid."));
        message.put(SecurityContext.class, new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return actor;
            }

            @Override
            public boolean isUserInRole(String role) {
                return actor.hasRole(role);
            }
        });
    }
}
