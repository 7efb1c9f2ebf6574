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
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        SecurityContext security = message.get(SecurityContext.class);
        if (roles != null && (security == null || Arrays.stream(roles.value()).noneMatch(security::isUserInRole))) {
            throw SoapFaults.fault(403, "forbidden",
                    "This operation needs one of the roles " + Arrays.toString(roles.value()) + ".");
        }
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
