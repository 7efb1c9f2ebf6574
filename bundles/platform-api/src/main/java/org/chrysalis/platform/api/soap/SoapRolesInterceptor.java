package org.chrysalis.platform.api.soap;

import java.lang.reflect.Method;
import java.util.Arrays;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.service.invoker.MethodDispatcher;
import org.apache.cxf.service.model.BindingOperationInfo;

/** Enforces {@code @RolesAllowed} on the operations of a service interface (method, then type). */
public class SoapRolesInterceptor extends AbstractPhaseInterceptor<Message> {

    public SoapRolesInterceptor() {
        super(Phase.PRE_INVOKE);
    }

    @Override
    public void handleMessage(Message message) {
        Method method = method(message);
        if (method == null || annotation(method, PermitAll.class) != null) {
            return;
        }
        RolesAllowed roles = annotation(method, RolesAllowed.class);
        SecurityContext security = message.get(SecurityContext.class);
        if (roles != null && (security == null || Arrays.stream(roles.value()).noneMatch(security::isUserInRole))) {
            throw SoapFaults.fault(403, "forbidden",
                    "This operation needs one of the roles " + Arrays.toString(roles.value()) + ".");
        }
    }

    /**
     * The annotation on the method or, failing that, on its class, looking through the service
     * interfaces too: CXF may hand over the implementation's method, while the contract (and its
     * roles) is declared on the interface.
     */
    static <A extends java.lang.annotation.Annotation> A annotation(Method method, Class<A> type) {
        A found = method.getAnnotation(type);
        if (found != null) {
            return found;
        }
        for (Class<?> contract : method.getDeclaringClass().getInterfaces()) {
            try {
                found = contract.getMethod(method.getName(), method.getParameterTypes()).getAnnotation(type);
            } catch (NoSuchMethodException notThere) {
                continue;
            }
            if (found != null) {
                return found;
            }
        }
        found = method.getDeclaringClass().getAnnotation(type);
        if (found != null) {
            return found;
        }
        for (Class<?> contract : method.getDeclaringClass().getInterfaces()) {
            found = contract.getAnnotation(type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Method method(Message message) {
        Exchange exchange = message.getExchange();
        BindingOperationInfo operation = exchange.getBindingOperationInfo();
        if (operation == null || exchange.getService() == null) {
            return null;
        }
        MethodDispatcher dispatcher = (MethodDispatcher) exchange.getService().get(MethodDispatcher.class.getName());
        return dispatcher == null ? null : dispatcher.getMethod(operation);
    }
}
