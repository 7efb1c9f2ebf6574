package org.chrysalis.platform.api.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.chrysalis.platform.api.problem.ProblemException;

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
}
