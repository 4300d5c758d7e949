package com.evently.ticketing.deploy;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail accepting every e-mail the suite sends, and serving it back over IMAP. Each recipient gets a
 * mailbox on first delivery whose login and password are both the recipient's address, so any mail client
 * can read what the suite sent.
 */
public final class LocalMailServer implements AutoCloseable {

    static final String BIND_ADDRESS = "127.0.0.1";
    private static final long STARTUP_TIMEOUT_MILLIS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(LocalMailServer.class);
    private static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        // GreenMail parses every mail it accepts with Jakarta Mail, which otherwise looks its StreamProvider up through
        // ServiceLoader for each message and part, scanning every jar nested in the launcher's: two thirds of the
        // mail sink's CPU in a load run (as in notification-service's SmtpMailTransport, jakartaee/mail-api#861).
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private LocalMailServer(GreenMail greenMail, int smtpPort, int imapPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static LocalMailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                serverSetup(smtpPort, ServerSetup.PROTOCOL_SMTP),
                serverSetup(imapPort, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        log.info("GreenMail listening on {} (SMTP {}, IMAP {})", BIND_ADDRESS, smtpPort, imapPort);
        return new LocalMailServer(greenMail, smtpPort, imapPort);
    }

    public SmtpEndpoint smtp() {
        return new SmtpEndpoint(BIND_ADDRESS, smtpPort);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message delivered so far, to any recipient, oldest first. */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Blocks until at least {@code count} messages were delivered in total, or the timeout passed. */
    public boolean awaitMessages(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** The underlying server, for what this class does not offer (users, purging, per-domain queries). */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
        log.info("GreenMail stopped");
    }

    private static ServerSetup serverSetup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, BIND_ADDRESS, protocol);
        // Kafka and PostgreSQL start beside it on two cores: GreenMail's default of two seconds is too tight.
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        return setup;
    }
}
