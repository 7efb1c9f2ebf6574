package org.chrysalis.platform.api.rest;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerLifeCycleListener;
import org.apache.cxf.endpoint.ServerLifeCycleManager;
import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.feature.AbstractFeature;
import org.apache.cxf.jaxrs.provider.ServerProviderFactory;
import org.chrysalis.platform.api.security.JaasAuthenticator;

/**
 * The shared JAX-RS setup of every Chrysalis endpoint, in one line of Blueprint:
 * {@code <jaxrs:features><bean class="org.chrysalis.platform.api.rest.ChrysalisRestFeature"/></jaxrs:features>}.
 * It adds JSON, problem details for every error, HTTP Basic against JAAS, role checks from
 * {@code @RolesAllowed}/{@code @PermitAll}, and the request size limit.
 */
public class ChrysalisRestFeature extends AbstractFeature {

    /** 1 MiB: far above any case record, far below what would strain the heap. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private String realm = JaasAuthenticator.DEFAULT_REALM;

    @Override
    public void initialize(Server server, Bus bus) {
        ServerProviderFactory providers =
                (ServerProviderFactory) server.getEndpoint().get(ServerProviderFactory.class.getName());
        providers.setUserProviders(providers());
        registerForOpenApi(server, bus);
    }

    private static void registerForOpenApi(Server server, Bus bus) {
        if (!(server.getEndpoint().getService() instanceof JAXRSServiceImpl service)) {
            return;
        }
        String address = server.getEndpoint().getEndpointInfo().getAddress();
        RestEndpoints.register(address, service.getClassResourceInfos().stream()
                .<Class<?>>map(ClassResourceInfo::getResourceClass).toList());
        ServerLifeCycleManager lifeCycle = bus.getExtension(ServerLifeCycleManager.class);
        if (lifeCycle != null) {
            lifeCycle.registerListener(new ServerLifeCycleListener() {
                @Override
                public void startServer(Server started) {
                    // registered above
                }

                @Override
                public void stopServer(Server stopped) {
                    if (stopped == server) {
                        RestEndpoints.unregister(address);
                        lifeCycle.unRegisterListener(this);
                    }
                }
            });
        }
    }

    /** The providers, for code that builds a JAX-RS server without this feature. */
    public List<Object> providers() {
        return List.of(
                new JsonProvider(),
                new StrictParameters(),
                new ProblemMapper(),
                new RequestSizeLimitFilter(maxRequestBytes),
                new BasicAuthenticationFilter(new JaasAuthenticator(realm)),
                new RolesAllowedFilter(),
                new ScriptChallengeFilter());
    }

    public void setMaxRequestBytes(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    public void setRealm(String realm) {
        this.realm = realm;
    }
}
