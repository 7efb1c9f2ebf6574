package org.chrysalis.platform.api.soap;

import org.apache.cxf.Bus;
import org.apache.cxf.feature.AbstractFeature;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.chrysalis.platform.api.rest.ChrysalisRestFeature;
import org.chrysalis.platform.api.security.JaasAuthenticator;

/**
 * The shared JAX-WS setup of every Chrysalis SOAP endpoint, in one line of Blueprint:
 * {@code <jaxws:features><bean class="org.chrysalis.platform.api.soap.ChrysalisSoapFeature"/></jaxws:features>}.
 * HTTP Basic against JAAS on every operation, {@code @RolesAllowed} on the service interface,
 * bounded request bodies and faults with a code. The WSDL ({@code ?wsdl}) stays public.
 */
public class ChrysalisSoapFeature extends AbstractFeature {

    private String realm = JaasAuthenticator.DEFAULT_REALM;
    private long maxRequestBytes = ChrysalisRestFeature.DEFAULT_MAX_REQUEST_BYTES;

    @Override
    protected void initializeProvider(InterceptorProvider provider, Bus bus) {
        provider.getInInterceptors().add(new SoapSizeLimitInterceptor(maxRequestBytes));
        provider.getInInterceptors().add(new SoapAuthenticationInterceptor(new JaasAuthenticator(realm)));
        provider.getInInterceptors().add(new SoapRolesInterceptor());
        SoapProblemInterceptor problems = new SoapProblemInterceptor();
        provider.getOutFaultInterceptors().add(problems);
    }

    public void setRealm(String realm) {
        this.realm = realm;
    }

    public void setMaxRequestBytes(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }
}
