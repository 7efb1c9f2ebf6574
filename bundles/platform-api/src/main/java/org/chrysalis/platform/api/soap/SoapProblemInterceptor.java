package org.chrysalis.platform.api.soap;

import java.util.UUID;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.chrysalis.platform.api.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the way out of a failed call: a {@link ProblemException} becomes a fault with its code and
 * message; any other unexpected exception becomes a generic server fault with an incident id, so
 * no internal message or class name reaches the client.
 */
public class SoapProblemInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(SoapProblemInterceptor.class);

    public SoapProblemInterceptor() {
        super(Phase.PRE_STREAM);
    }

    @Override
    public void handleMessage(Message message) {
        Exception exception = message.getContent(Exception.class);
        if (!(exception instanceof Fault fault) || fault instanceof SoapFault soap && soap.getDetail() != null
                && SoapFaults.NAMESPACE.equals(firstChildNamespace(soap))) {
            return;
        }
        Throwable cause = fault.getCause();
        SoapFault replacement;
        if (cause instanceof ProblemException problem) {
            replacement = SoapFaults.fault(problem.problem());
        } else if (isClientFault(fault)) {
            replacement = SoapFaults.fault(400, "bad-request", "The request could not be read.");
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.error("SOAP call failed, incident {}", incident, cause != null ? cause : fault);
            replacement = SoapFaults.fault(500, "internal",
                    "The request could not be completed. Incident " + incident + ".");
        }
        message.setContent(Exception.class, replacement);
        message.getExchange().put(Message.RESPONSE_CODE, replacement.getStatusCode());
        message.put(Message.RESPONSE_CODE, replacement.getStatusCode());
    }

    private static boolean isClientFault(Fault fault) {
        return Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode())
                || fault.getFaultCode() != null && "Client".equals(fault.getFaultCode().getLocalPart())
                || fault.getFaultCode() != null && "Sender".equals(fault.getFaultCode().getLocalPart())
                // not a SOAP 1.1 envelope at all, or one of another SOAP version: the caller's mistake
                || fault.getFaultCode() != null && "VersionMismatch".equals(fault.getFaultCode().getLocalPart());
    }

    private static String firstChildNamespace(SoapFault fault) {
        var child = fault.getDetail().getFirstChild();
        return child == null ? null : child.getNamespaceURI();
    }
}
