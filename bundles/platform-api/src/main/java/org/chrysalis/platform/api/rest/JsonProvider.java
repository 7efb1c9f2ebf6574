package org.chrysalis.platform.api.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.chrysalis.platform.api.problem.ProblemException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** Jackson for JAX-RS with the platform's mapper; an empty or {@code null} body where one is needed is a 400. */
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(JsonMapper.shared());
        disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Object value = super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        if (value == null) {
            // a JSON null would reach every resource method as a null argument
            throw ProblemException.badRequest("A request body is required, not null.");
        }
        return value;
    }

    /**
     * Jackson flushes the stream after each value; on the servlet stream that commits the response
     * before its end is known, so every answer went out chunked. Unflushed, the container sends a
     * response that fits its buffer with a Content-Length, and a larger one in chunks as before.
     */
    @Override
    protected JsonGenerator _createGenerator(ObjectWriter writer, OutputStream rawStream, JsonEncoding enc)
            throws IOException {
        return super._createGenerator(writer, rawStream, enc).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }
}
