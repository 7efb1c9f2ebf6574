package org.chrysalis.platform.api.soap;

import static org.assertj.core.api.Assertions.assertThat;

import javax.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

class SoapRolesInterceptorTest {

    @RolesAllowed({"admin", "integrator"})
    interface Contract {
        @RolesAllowed("admin")
        void write();

        void read();
    }

    static class Implementation implements Contract {
        @Override
        public void write() {
        }

        @Override
        public void read() {
        }
    }

    @Test
    void rolesDeclaredOnTheInterfaceApplyToTheImplementation() throws Exception {
        assertThat(SoapRolesInterceptor.annotation(Implementation.class.getMethod("write"), RolesAllowed.class).value())
                .containsExactly("admin");
        assertThat(SoapRolesInterceptor.annotation(Implementation.class.getMethod("read"), RolesAllowed.class).value())
                .containsExactly("admin", "integrator");
        assertThat(SoapRolesInterceptor.annotation(Contract.class.getMethod("write"), RolesAllowed.class).value())
                .containsExactly("admin");
    }
}
