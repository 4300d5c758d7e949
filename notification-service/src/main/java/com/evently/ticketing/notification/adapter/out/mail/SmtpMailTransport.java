package com.evently.ticketing.notification.adapter.out.mail;

import com.evently.ticketing.notification.application.port.out.MailNotAccepted;
import com.evently.ticketing.notification.application.port.out.MailTransport;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.notification.domain.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Sends over SMTP as one multipart message: plain text and HTML alternatives, attachments beside them.
 * Timeouts are set on the session (spring.mail.properties), so a stuck server fails the attempt instead of
 * holding the sender. A run of mails keeps its connection open from one mail to the next (Spring's sender opens one
 * per call).
 */
public class SmtpMailTransport implements MailTransport {

    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader, scanning every jar, for each message,
        // multipart and encoded header (jakartaee/mail-api#699, #861): a sixth of this service's CPU under load
        // (docs/perf/profile-2026-12-07.md). Named as a system property, it is loaded by class name instead.
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** Its settings (spring.mail.*): session properties, server, credentials; and the messages it makes. */
    private final JavaMailSenderImpl mailServer;
    private final InternetAddress from;

    public SmtpMailTransport(JavaMailSenderImpl mailServer, InternetAddress from) {
        this.mailServer = mailServer;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        try (MailRun run = run()) {
            run.send(mail);
        }
    }

    @Override
    public MailRun run() {
        return new Connection();
    }

    /**
     * One connection to the mail server, opened for the first mail. Before each later mail the server is asked
     * whether it is still there (NOOP): a server may drop an idle connection, and a mail sent into a dropped one
     * would fail and wait for its retry. After a failure the connection is dropped and the next mail opens a new one.
     */
    private final class Connection implements MailRun {

        private Transport transport;

        @Override
        public void send(OutgoingMail mail) {
            try {
                MimeMessage message = mimeMessage(mail);
                message.setSentDate(new Date());
                message.saveChanges();
                connected().sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | MailException e) {
                close();
                throw new MailNotAccepted(describe(e), e, refusedForGood(e));
            }
        }

        private Transport connected() throws MessagingException {
            if (transport != null && !transport.isConnected()) {
                close();
            }
            if (transport == null) {
                // without a protocol of its own, the session's (mail.transport.protocol, else smtp), as Spring's sender
                Transport opened = mailServer.getProtocol() == null ? mailServer.getSession().getTransport()
                        : mailServer.getSession().getTransport(mailServer.getProtocol());
                // as Spring's sender: an empty user name in the settings means no SMTP authentication
                String username = emptyAsNull(mailServer.getUsername());
                opened.connect(mailServer.getHost(), mailServer.getPort(), username,
                        username == null ? null : mailServer.getPassword());
                transport = opened;
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the mails went out or were reported; a QUIT that fails loses nothing
                }
                transport = null;
            }
        }
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Whether the server's answer means "never": an address it rejects outright (an SMTP 5xx reply to RCPT TO, which
     * JavaMail reports as invalid addresses), a 5xx reply to the message itself, or an address that is not one.
     * Everything else (no connection, timeouts, 4xx "try later") may pass on a later attempt.
     */
    static boolean refusedForGood(Exception failure) {
        List<Throwable> causes = new ArrayList<>();
        causes.add(failure);
        if (failure instanceof MailSendException sendFailure) {
            // Spring reports per-message failures beside the cause chain, not in it
            causes.addAll(sendFailure.getMessageExceptions().length == 0 ? List.of()
                    : List.of(sendFailure.getMessageExceptions()));
        }
        for (Throwable start : causes) {
            for (Throwable cause = start; cause != null; cause = next(cause)) {
                if (cause instanceof AddressException) {
                    return true;
                }
                if (cause instanceof SendFailedException refused) {
                    Address[] invalid = refused.getInvalidAddresses();
                    String reply = refused.getMessage() == null ? "" : refused.getMessage().strip();
                    if ((invalid != null && invalid.length > 0) || reply.startsWith("5")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : cause.getCause();
        return next == cause ? null : next;
    }

    private MimeMessage mimeMessage(OutgoingMail mail) throws MessagingException {
        MimeMessage message = mailServer.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.content().subject());
        helper.setText(mail.content().plainText(), mail.content().html());
        if (mail.unsubscribe() != null) {
            // RFC 8058: mail clients offer "unsubscribe" and POST to the link themselves, no page to visit
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        for (Attachment attachment : mail.attachments()) {
            helper.getRootMimeMultipart().addBodyPart(attached(attachment));
        }
        return message;
    }

    /**
     * Always base64: left to itself, JavaMail sends an all-ASCII file as 7bit text, and SMTP's line-ending
     * rules then turn its LF bytes into CRLF, corrupting a PDF (its cross-reference offsets stop matching).
     */
    private static MimeBodyPart attached(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.fileName());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /**
     * The kind of failure and the server's own words. Spring's messages for authentication failures name no
     * credentials, and the password never reaches an exception message.
     */
    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage().strip();
        return "mail server did not accept the mail (" + e.getClass().getSimpleName() + ")"
                + (cause == e ? detail : " caused by " + cause.getClass().getSimpleName() + detail);
    }
}
