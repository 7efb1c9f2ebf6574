package org.chrysalis.platform.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

class RolesExtensionTest {

    @RolesAllowed({"admin", "integrator"})
    static class Resource {
        public void read() {
        }

        @RolesAllowed("admin")
        public void write() {
        }

        @PermitAll
        public void open() {
        }

        @PermitAll
        @org.chrysalis.platform.api.rest.RolesOrApiKey({"admin", "parking-operator"})
        public void ingest() {
        }
    }

    static class Undeclared {
        public void anything() {
        }
    }

    @Test
    void aMethodsOwnRolesWinOverItsClass() throws Exception {
        assertThat(RolesExtension.roles(Resource.class.getMethod("read"))).containsExactly("admin", "integrator");
        assertThat(RolesExtension.roles(Resource.class.getMethod("write"))).containsExactly("admin");
        assertThat(RolesExtension.roles(Resource.class.getMethod("open"))).containsExactly("*");
        assertThat(RolesExtension.roles(Resource.class.getMethod("ingest"))).containsExactly("admin", "parking-operator");
    }

    @Test
    void nothingDeclaredMeansAnySignedInUser() throws Exception {
        assertThat(RolesExtension.roles(Undeclared.class.getMethod("anything"))).containsExactly("authenticated");
    }
}
