package com.evently.ticketing.notification.adapter.out.mail;

import com.evently.ticketing.notification.application.port.out.MailNotAccepted;
import com.evently.ticketing.notification.application.port.out.MailTransport;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.notification.domain.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;

/**
 * Sends over SMTP as one multipart message: plain text and HTML alternatives, attachments beside them.
 * Timeouts are set on the session (spring.mail.properties), so a stuck server fails the attempt instead of
 * holding the sender.
 */
public class SmtpMailTransport implements MailTransport {

    private final JavaMailSender mailSender;
    private final InternetAddress from;

    public SmtpMailTransport(JavaMailSender mailSender, InternetAddress from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            mailSender.send(mimeMessage(mail));
        } catch (MessagingException | MailException e) {
            throw new MailNotAccepted(describe(e), e);
        }
    }

    private MimeMessage mimeMessage(OutgoingMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.content().subject());
        helper.setText(mail.content().plainText(), mail.content().html());
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
