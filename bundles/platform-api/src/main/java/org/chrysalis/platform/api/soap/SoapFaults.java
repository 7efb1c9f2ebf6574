package org.chrysalis.platform.api.soap;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.helpers.DOMUtils;
import org.apache.cxf.interceptor.Fault;
import org.chrysalis.platform.api.problem.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SOAP faults of the platform: a client or server fault code, a message, and a detail element
 * {@code <problem xmlns="urn:chrysalis:problem"><code>…</code><status>…</status></problem>} that
 * carries the same code as the REST problem type.
 */
public final class SoapFaults {

    public static final String NAMESPACE = "urn:chrysalis:problem";

    private SoapFaults() {
    }

    public static SoapFault fault(int status, String code, String message) {
        QName faultCode = status >= 500 ? Fault.FAULT_CODE_SERVER : Fault.FAULT_CODE_CLIENT;
        SoapFault fault = new SoapFault(message, faultCode);
        fault.setStatusCode(status);
        fault.setDetail(detail(code, status));
        return fault;
    }

    public static SoapFault fault(Problem problem) {
        return fault(problem.status(), problem.type(),
                problem.detail() != null ? problem.detail() : problem.type());
    }

    private static Element detail(String code, int status) {
        Document doc = DOMUtils.createDocument();
        Element detail = doc.createElement("detail");
        Element problem = doc.createElementNS(NAMESPACE, "problem");
        Element codeElement = doc.createElementNS(NAMESPACE, "code");
        codeElement.setTextContent(code);
        Element statusElement = doc.createElementNS(NAMESPACE, "status");
        statusElement.setTextContent(Integer.toString(status));
        problem.appendChild(codeElement);
        problem.appendChild(statusElement);
        detail.appendChild(problem);
        doc.appendChild(detail);
        return detail;
    }
}
