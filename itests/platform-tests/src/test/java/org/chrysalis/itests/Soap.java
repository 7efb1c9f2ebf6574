package org.chrysalis.itests;

/** SOAP 1.1 envelopes for the platform service. */
final class Soap {

    static final String PLATFORM = "/soap/platform/PlatformService";

    private Soap() {
    }

    static String envelope(String operation, String parameters) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:p=\"urn:chrysalis:platform:v1\"><soapenv:Body><p:" + operation + ">" + parameters
                + "</p:" + operation + "></soapenv:Body></soapenv:Envelope>";
    }
}
