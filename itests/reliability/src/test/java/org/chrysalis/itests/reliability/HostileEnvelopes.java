package org.chrysalis.itests.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile SOAP requests for one endpoint: broken and foreign envelopes, XML external entities,
 * entity expansion, oversized and mistyped calls of each operation of its WSDL.
 */
final class HostileEnvelopes {

    /** {@code mustReject} when any answer but a fault is a hole; an empty call of a read may be legal. */
    record Envelope(String endpoint, String kind, String contentType, String body, boolean mustReject) {
    }

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private HostileEnvelopes() {
    }

    static List<Envelope> of(String endpoint, String namespace, List<String> operations) {
        List<Envelope> out = new ArrayList<>();
        String xml = "text/xml; charset=UTF-8";
        add(out, endpoint, "not XML", xml, "{\"json\":true}");
        add(out, endpoint, "empty", xml, "");
        add(out, endpoint, "truncated", xml, "<soapenv:Envelope xmlns:soapenv=\"" + SOAP11 + "\"><soapenv:Body>");
        add(out, endpoint, "not an envelope", xml, "<hello/>");
        add(out, endpoint, "SOAP 1.2 envelope", xml, "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\">"
                + "<env:Body><x/></env:Body></env:Envelope>");
        add(out, endpoint, "unknown operation", xml, envelope("<t:noSuchOperation xmlns:t=\"" + namespace + "\"/>"));
        add(out, endpoint, "foreign namespace", xml, envelope("<t:" + operations.get(0) + " xmlns:t=\"urn:not:ours\"/>"));
        add(out, endpoint, "XXE file", xml, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<t:" + operations.get(0) + " xmlns:t=\"" + namespace + "\"><id>&x;</id></t:" + operations.get(0) + ">"));
        add(out, endpoint, "XXE network", xml, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:1/x\">]>"
                + envelope("<x>&x;</x>"));
        add(out, endpoint, "XXE parameter entity", xml, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM "
                + "\"file:///etc/passwd\"> %p;]>" + envelope("<x/>"));
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        add(out, endpoint, "billion laughs", xml, laughs.append("]>").append(envelope("<x>&lol9;</x>")).toString());
        add(out, endpoint, "oversized", xml, envelope("<x>" + "a".repeat(2 * 1024 * 1024) + "</x>"));
        add(out, endpoint, "deep nesting", xml, envelope("<a>".repeat(20_000) + "</a>".repeat(20_000)));
        add(out, endpoint, "JSON content type", "application/json", envelope("<x/>"));
        for (String op : operations) {
            String open = "<t:" + op + " xmlns:t=\"" + namespace + "\">";
            String close = "</t:" + op + ">";
            add(out, endpoint, op + " mistyped", xml, envelope(open + "<id>abc</id><offset>x</offset><limit>-5</limit>"
                    + "<action>NOT_AN_ACTION</action><status>NOT_A_STATUS</status>" + close));
            out.add(new Envelope(endpoint, op + " empty", xml, envelope(open + close), false));
            add(out, endpoint, op + " injection", xml, envelope(open + "<id>1 OR 1=1</id><action>' OR '1'='1</action>"
                    + "<status>&lt;script&gt;</status>" + close));
        }
        return out;
    }

    private static void add(List<Envelope> out, String endpoint, String kind, String type, String body) {
        out.add(new Envelope(endpoint, kind, type, body, true));
    }

    private static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP11 + "\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }
}
