package org.chrysalis.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;

import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

class ProblemMapperTest {

    record Sample(String name, int count) {
    }

    @Test
    void problemExceptionsKeepTheirStatusAndFields() {
        var body = bodyOf(ProblemException.invalid(List.of(new FieldError("name", "is required"))));
        assertThat(body).containsEntry("status", 400).containsEntry("type", "urn:chrysalis:problem:validation")
                .containsEntry("title", "Bad Request");
        assertThat(body.get("errors")).asList().containsExactly(new FieldError("name", "is required"));
    }

    @Test
    void unknownFieldsAreNamed() {
        var body = bodyOf(new BadRequestException(parse("{\"name\":\"a\",\"count\":1,\"colour\":2}")));
        assertThat(body).containsEntry("status", 400);
        assertThat(body.get("errors")).asList().extracting("field").containsExactly("colour");
    }

    @Test
    void wrongTypesAreNamed() {
        var body = bodyOf(new BadRequestException(parse("{\"name\":\"a\",\"count\":\"many\"}")));
        assertThat(body.get("errors")).asList().extracting("field").containsExactly("count");
    }

    @Test
    void brokenJsonSaysWhere() {
        var body = bodyOf(new BadRequestException(parse("{\"name\":")));
        assertThat(body).containsEntry("type", "urn:chrysalis:problem:malformed-json");
        assertThat((String) body.get("detail")).contains("line 1");
    }

    @Test
    void httpErrorsKeepTheirStatus() {
        assertThat(bodyOf(new NotFoundException())).containsEntry("status", 404);
        assertThat(bodyOf(new NotAllowedException("GET"))).containsEntry("status", 405);
    }

    @Test
    void unexpectedErrorsRevealNothingInternal() {
        Map<String, Object> body = bodyOf(new IllegalStateException("secret at org.chrysalis.Foo"));
        assertThat(body).containsEntry("status", 500).containsKey("incident");
        assertThat(body.toString()).doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    private static Map<String, Object> bodyOf(Throwable exception) {
        return ProblemResponses.body(ProblemMapper.toProblem(exception), Locale.ENGLISH, null);
    }

    private static Exception parse(String json) {
        try {
            JsonMapper.shared().readValue(json, Sample.class);
            throw new AssertionError("expected a parse failure");
        } catch (JsonProcessingException e) {
            return e;
        }
    }
}
