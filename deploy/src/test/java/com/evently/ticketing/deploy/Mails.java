package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;

/** What arrived in the suite's mail server, looked at as a recipient would. */
final class Mails {

    private Mails() {
    }

    /**
     * A mail as its recipient sees it: what it is about, what it says (its plain-text part, empty when it has
     * none) and the PDFs attached to it.
     */
    record ReceivedMail(List<String> to, String subject, String text, List<byte[]> pdfAttachments) {

        static ReceivedMail of(Message message) {
            try {
                List<String> to = message.getRecipients(Message.RecipientType.TO) == null ? List.of()
                        : Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Mails::address).toList();
                List<byte[]> pdfs = new ArrayList<>();
                collectPdfs(message, pdfs);
                return new ReceivedMail(to, message.getSubject(), plainText(message).orElse(""), List.copyOf(pdfs));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("could not read a received mail", e);
            }
        }

        boolean isFor(String address) {
            return to.stream().anyMatch(address::equalsIgnoreCase);
        }

        boolean isForAnyOf(Collection<String> addresses) {
            return addresses.stream().anyMatch(this::isFor);
        }

        /** The mail every new account gets on registration: tests about other mails leave it out. */
        boolean isWelcome() {
            return subject != null && subject.startsWith("Welcome to");
        }
    }

    static List<ReceivedMail> receivedBy(LocalSuite suite) {
        return suite.receivedMessages().stream().map(ReceivedMail::of).toList();
    }

    static List<ReceivedMail> exceptWelcomes(List<ReceivedMail> mails) {
        return mails.stream().filter(mail -> !mail.isWelcome()).toList();
    }

    static List<ReceivedMail> addressedTo(LocalSuite suite, String address) {
        return receivedBy(suite).stream().filter(mail -> mail.isFor(address)).toList();
    }

    /** Opens the recipient's inbox over IMAP, logging in as GreenMail expects: the address as login and password. */
    static List<ReceivedMail> inboxOverImap(int imapPort, String address) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(LocalMailServer.BIND_ADDRESS, imapPort, address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return Arrays.stream(inbox.getMessages()).map(ReceivedMail::of).toList();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static void collectPdfs(Part part, List<byte[]> pdfs) throws MessagingException, IOException {
        if (part.isMimeType("application/pdf")) {
            try (InputStream content = part.getInputStream()) {
                pdfs.add(content.readAllBytes());
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectPdfs(multipart.getBodyPart(i), pdfs);
            }
        }
    }

    private static Optional<String> plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> text = plainText(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    private static String address(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }
}
