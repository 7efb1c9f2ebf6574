package org.chrysalis.console;

import javax.servlet.ServletException;

import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;

/** Puts the console's servlet at {@value #ALIAS} on the platform's HTTP service while the bundle runs. */
public class ConsoleRegistration {

    static final String ALIAS = "/console";

    private final HttpService http;

    public ConsoleRegistration(HttpService http) {
        this.http = http;
    }

    public void register() throws ServletException, NamespaceException {
        http.registerServlet(ALIAS, new ConsoleServlet(), null, null);
    }

    public void unregister() {
        try {
            http.unregister(ALIAS);
        } catch (IllegalArgumentException alreadyGone) {
            // the HTTP service went away first and took the registration with it
        }
    }
}
