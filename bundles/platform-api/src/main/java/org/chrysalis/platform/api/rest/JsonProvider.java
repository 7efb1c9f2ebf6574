package org.chrysalis.platform.api.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** Jackson for JAX-RS with the platform's mapper; an empty body where one is needed is a 400. */
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(JsonMapper.shared());
        disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
    }
}
