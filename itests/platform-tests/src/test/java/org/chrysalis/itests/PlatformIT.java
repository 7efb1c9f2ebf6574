package org.chrysalis.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The platform's endpoints as integrators and administrators call them. */
class PlatformIT {

    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
        System.out.printf("Boot (process start to health 200): %.1f s%n", karaf.lastBoot().toMillis() / 1000.0);
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void healthIsPublicAndUp() {
        Response health = karaf.api().get("/api/v1/platform/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("components").path("platform").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void capabilitiesNeedASignedInUser() {
        Response anonymous = karaf.api().get("/api/v1/platform/capabilities");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);

        Response integrator = karaf.as("integrator").get("/api/v1/platform/capabilities");
        assertThat(integrator.status()).isEqualTo(200);
        assertThat(integrator.json().isArray()).isTrue();
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Response response = karaf.api().send("GET", "/api/v1/platform/capabilities", null, null,
                java.util.Map.of("Authorization", "Basic YWRtaW46d3Jvbmc="));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void wrongRoleIsForbidden() {
        Response response = karaf.as("villager").post("/api/v1/platform/areas",
                "{\"code\":\"FORBIDDEN\",\"name\":\"x\",\"level\":\"NEW_AREA\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("type").asText()).endsWith("forbidden");
        assertThat(karaf.as("admin").get("/api/v1/platform/areas/FORBIDDEN").status()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Response response = karaf.as("admin").post("/api/v1/platform/areas", "{\"code\": \"X\",");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.");
    }

    @Test
    void invalidFieldsAreNamed() {
        Response response = karaf.as("admin").post("/api/v1/platform/areas",
                "{\"code\":\"T-1\",\"name\":\"\",\"level\":\"TOWN\",\"parentCode\":\"NOPE\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("name", "parentCode");

        Response unknownField = karaf.as("admin").post("/api/v1/platform/areas",
                "{\"code\":\"T-2\",\"name\":\"n\",\"level\":\"NEW_AREA\",\"colour\":\"red\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").findValuesAsText("field")).containsExactly("colour");
    }

    @Test
    void areaTreeIsWrittenByAdminsAndAudited() {
        var admin = karaf.as("admin");
        Response root = admin.post("/api/v1/platform/areas", """
                {"code":"LZNA","name":"兰州新区","level":"NEW_AREA","boundary":{"type":"Polygon",
                 "coordinates":[[[103.6,36.4],[103.8,36.4],[103.8,36.6],[103.6,36.6],[103.6,36.4]]]}}""");
        assertThat(root.status()).as(root.toString()).isEqualTo(201);
        assertThat(root.location()).endsWith("/api/v1/platform/areas/LZNA");
        assertThat(root.json().path("centroid").path("longitude").asDouble()).isEqualTo(103.7);
        assertThat(admin.post("/api/v1/platform/areas",
                "{\"code\":\"ITQC\",\"name\":\"秦川镇\",\"level\":\"TOWN\",\"parentCode\":\"LZNA\"}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/platform/areas",
                "{\"code\":\"ITQC-V1\",\"name\":\"一村\",\"level\":\"VILLAGE\",\"parentCode\":\"ITQC\"}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/platform/areas",
                "{\"code\":\"ITQC\",\"name\":\"again\",\"level\":\"TOWN\",\"parentCode\":\"LZNA\"}").status()).isEqualTo(409);

        Response children = karaf.as("integrator").get("/api/v1/platform/areas/ITQC/children");
        assertThat(children.json().findValuesAsText("code")).containsExactly("ITQC-V1");
        Response english = karaf.as("integrator").send("GET", "/api/v1/platform/areas/ITQC", null, null,
                java.util.Map.of("Accept-Language", "en"));
        assertThat(english.json().path("levelLabel").asText()).isEqualTo("Town");
        assertThat(karaf.as("integrator").get("/api/v1/platform/areas/ITQC").json().path("levelLabel").asText()).isEqualTo("镇");

        Response renamed = admin.put("/api/v1/platform/areas/ITQC", "{\"name\":\"秦川园区\"}");
        assertThat(renamed.status()).isEqualTo(200);

        JsonNode audit = admin.get("/api/v1/platform/audit?entity=area&entityId=ITQC").json();
        assertThat(audit.path("total").asInt()).isEqualTo(2);
        JsonNode update = audit.path("items").get(0);
        assertThat(update.path("action").asText()).isEqualTo("update");
        assertThat(update.path("actor").asText()).isEqualTo("admin");
        assertThat(update.path("before").path("name").asText()).isEqualTo("秦川镇");
        assertThat(update.path("after").path("name").asText()).isEqualTo("秦川园区");
        assertThat(karaf.as("integrator").get("/api/v1/platform/audit").status()).isEqualTo(403);

        assertThat(admin.delete("/api/v1/platform/areas/ITQC").status()).isEqualTo(409);
        assertThat(karaf.shell("chrysalis:areas --parent ITQC")).contains("ITQC-V1");
        assertThat(karaf.shell("chrysalis:audit --capability platform")).contains("ITQC-V1").contains("create");
    }

    @Test
    void listsArePaged() {
        Response page = karaf.as("integrator").get("/api/v1/platform/areas?limit=1");
        assertThat(page.json().has("total")).isTrue();
        assertThat(page.json().path("limit").asInt()).isEqualTo(1);
        Response tooMany = karaf.as("integrator").get("/api/v1/platform/areas?limit=100000");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("errors").findValuesAsText("field")).containsExactly("limit");
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "{\"code\":\"BIG\",\"name\":\"" + "x".repeat(1_100_000) + "\",\"level\":\"NEW_AREA\"}";
        Response response = karaf.as("admin").post("/api/v1/platform/areas", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void soapServesWsdlAndAnswersSignedInUsers() {
        Response wsdl = karaf.api().get(Soap.PLATFORM + "?wsdl");
        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.body()).contains("wsdl:definitions").contains("listAreas").contains("listCapabilities");

        Response anonymous = karaf.api().soap(Soap.PLATFORM, Soap.envelope("listCapabilities", ""));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Fault").contains("unauthorized");

        Response areas = karaf.as("integrator").soap(Soap.PLATFORM, Soap.envelope("listAreas", "<limit>5</limit>"));
        assertThat(areas.status()).as(areas.toString()).isEqualTo(200);
        assertThat(areas.body()).contains("listAreasResponse").contains("<total>");

        Response missing = karaf.as("integrator").soap(Soap.PLATFORM, Soap.envelope("getArea", "<code>NOPE</code>"));
        assertThat(missing.body()).contains("Fault").contains("not-found").doesNotContain("Exception");
    }

    @Test
    void soapRefusesEntitiesAndOversizedEnvelopes() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + Soap.envelope("getArea", "<code>&x;</code>");
        Response entity = karaf.as("integrator").soap(Soap.PLATFORM, xxe);
        assertThat(entity.status()).as(entity.toString()).isBetween(400, 499);
        assertThat(entity.body()).contains("Fault").doesNotContain("root:");

        Response huge = karaf.as("integrator").soap(Soap.PLATFORM,
                Soap.envelope("getArea", "<code>" + "x".repeat(1_100_000) + "</code>"));
        assertThat(huge.status()).as(huge.toString()).isEqualTo(413);
        assertThat(huge.body()).contains("too-large");
    }

    @Test
    void openApiDescribesThePlatform() {
        Response openapi = karaf.api().get("/api/openapi.json");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().path("openapi").asText()).startsWith("3.");
        assertThat(openapi.json().path("paths").has("/api/v1/platform/areas")).isTrue();
        Response ui = karaf.api().get("/api/api-docs");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void featuresAreAdministeredByAdminsOnly() {
        Response features = karaf.as("admin").get("/api/v1/platform/features");
        assertThat(features.status()).isEqualTo(200);
        assertThat(features.json().findValuesAsText("name")).contains("chrysalis-platform", "chrysalis-all");
        assertThat(karaf.as("integrator").get("/api/v1/platform/features").status()).isEqualTo(403);
        assertThat(karaf.as("admin").post("/api/v1/platform/features/chrysalis-nothing/install", null).status()).isEqualTo(404);
        assertThat(karaf.as("admin").post("/api/v1/platform/features/chrysalis-platform/uninstall", null).status()).isEqualTo(409);
    }

    @Test
    void shellListsCapabilitiesAndMovesTheClock() {
        assertThat(karaf.shell("chrysalis:capabilities")).contains("Id").contains("Health");
        assertThat(karaf.shell("chrysalis:clock --advance PT1H\nchrysalis:clock --reset")).contains("offset PT1H").contains("offset PT0S");
    }
}
