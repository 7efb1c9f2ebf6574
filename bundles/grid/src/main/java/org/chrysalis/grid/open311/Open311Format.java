package org.chrysalis.grid.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.JsonMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * GeoReport v2 answers in the two formats the spec names, picked by the path suffix. XML follows
 * the spec's shape: a root element, one element per item, one child per field, lists as repeated
 * elements named in the singular ({@code formats} holds {@code format}s).
 */
final class Open311Format {

    static final String JSON = "json";
    static final String XML = "xml";
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private Open311Format() {
    }

    static String check(String format) {
        if (!JSON.equals(format) && !XML.equals(format)) {
            throw ProblemException.notFound("Format", format);
        }
        return format;
    }

    /** A list answer: JSON array, or {@code <root><item>…</item>…</root>}. */
    static Response list(int status, String format, String root, String item, List<? extends Map<String, ?>> items) {
        if (XML.equals(format)) {
            return Response.status(status).type(MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                    .entity(xml(writer -> {
                        writer.writeStartElement(root);
                        for (Map<String, ?> map : items) {
                            element(writer, item, map);
                        }
                        writer.writeEndElement();
                    })).build();
        }
        return json(status, items);
    }

    /** A single object answer (discovery). */
    static Response object(String format, String root, Map<String, ?> value) {
        if (XML.equals(format)) {
            return Response.ok(xml(writer -> element(writer, root, value)),
                    MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
        }
        return json(200, value);
    }

    private static Response json(int status, Object value) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(JsonMapper.shared().writeValueAsString(value)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XML_OUTPUT.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        writer.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                element(writer, entry.getKey().toString(), entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            String child = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            for (Object item : list) {
                element(writer, child, item);
            }
        } else if (value != null) {
            writer.writeCharacters(value.toString());
        }
        writer.writeEndElement();
    }
}
