package com.evently.ticketing.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail accepting every e-mail the suite sends, and serving it back over IMAP. Each recipient gets a
 * mailbox on first delivery whose login and password are both the recipient's address, so any mail client
 * can read what the suite sent. GreenMail holds every mail in memory: with a bound, the oldest mails beyond it are
 * dropped every few seconds ({@link SuiteOptions#LOCAL_RUN_MAILS_KEPT}).
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

    private static final Duration RETENTION_INTERVAL = Duration.ofSeconds(5);

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;
    private final Optional<ScheduledExecutorService> retention;

    private LocalMailServer(GreenMail greenMail, int smtpPort, int imapPort, OptionalInt kept) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.retention = kept.isPresent() ? Optional.of(keepingNewest(kept.getAsInt())) : Optional.empty();
    }

    /** A server that keeps every mail. */
    public static LocalMailServer start(int smtpPort, int imapPort) {
        return start(smtpPort, imapPort, OptionalInt.empty());
    }

    /** @param kept how many of the newest mails to keep, when present; else every mail */
    public static LocalMailServer start(int smtpPort, int imapPort, OptionalInt kept) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                serverSetup(smtpPort, ServerSetup.PROTOCOL_SMTP),
                serverSetup(imapPort, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        log.info("GreenMail listening on {} (SMTP {}, IMAP {}), keeping {}", BIND_ADDRESS, smtpPort, imapPort,
                kept.isPresent() ? "the newest " + kept.getAsInt() + " mails" : "every mail");
        return new LocalMailServer(greenMail, smtpPort, imapPort, kept);
    }

    private ScheduledExecutorService keepingNewest(int kept) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int dropped = dropOldestBeyond(kept);
                if (dropped > 0) {
                    log.info("Dropped the {} oldest mails, keeping the newest {}", dropped, kept);
                }
            } catch (RuntimeException e) {
                log.warn("Could not drop old mails; trying again in {} s", RETENTION_INTERVAL.toSeconds(), e);
            }
        }, RETENTION_INTERVAL.toMillis(), RETENTION_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }

    /** Removes the oldest mails of all mailboxes together until {@code kept} are left; answers how many went. */
    int dropOldestBeyond(int kept) {
        record Held(MailFolder inbox, StoredMessage mail) {
        }
        ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
        List<Held> held = new ArrayList<>();
        try {
            for (GreenMailUser user : greenMail.getUserManager().listUser()) {
                MailFolder inbox = mailboxes.getInbox(user);
                inbox.getNonDeletedMessages().forEach(mail -> held.add(new Held(inbox, mail)));
            }
            int excess = held.size() - kept;
            if (excess <= 0) {
                return 0;
            }
            held.sort(Comparator.comparing((Held each) -> each.mail().getReceivedDate())
                    .thenComparingLong(each -> each.mail().getUid()));
            Set<MailFolder> touched = new HashSet<>();
            for (Held oldest : held.subList(0, excess)) {
                oldest.mail().setFlag(Flags.Flag.DELETED, true);
                touched.add(oldest.inbox());
            }
            for (MailFolder inbox : touched) {
                inbox.expunge();
            }
            return excess;
        } catch (FolderException e) {
            throw new IllegalStateException("GreenMail's mailboxes could not be read or expunged", e);
        }
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
        retention.ifPresent(ExecutorService::shutdownNow);
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
