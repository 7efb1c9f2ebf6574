package org.chrysalis.itests.reliability;

import java.io.IOException;
import java.time.Duration;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/** Sign-ins to the Karaf shell's SSH server, with Apache MINA SSHD's client. */
final class SshLogin {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private SshLogin() {
    }

    /**
     * Whether the server at {@code port} accepts this user and password (none is offered when the
     * password is null). A connection that cannot be made fails the caller: only the sign-in may be
     * refused.
     */
    static boolean signsIn(int port, String user, String password) throws IOException {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = client.connect(user, "localhost", port).verify(TIMEOUT).getSession()) {
                if (password != null) {
                    session.addPasswordIdentity(password);
                }
                try {
                    session.auth().verify(TIMEOUT);
                    return true;
                } catch (IOException refused) {
                    return false;
                }
            }
        }
    }
}
