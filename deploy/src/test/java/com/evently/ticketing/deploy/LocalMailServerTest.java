package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class LocalMailServerTest {

    private static final String RECIPIENT = "ada@example.org";

    @Test
    void recipientReadsTheMailOverImapWithTheAddressAsLoginAndPassword() throws Exception {
        SuitePorts ports = SuitePorts.free();
        try (LocalMailServer mail = LocalMailServer.start(ports.smtp(), ports.imap())) {
            sendOverSmtp(mail.smtp(), RECIPIENT, "Your ticket", "See you at the door.");
            assertThat(mail.awaitMessages(1, Duration.ofSeconds(10))).isTrue();

            Session session = Session.getInstance(new Properties());
            try (Store store = session.getStore("imap")) {
                store.connect(LocalMailServer.BIND_ADDRESS, mail.imapPort(), RECIPIENT, RECIPIENT);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);

                Message[] messages = inbox.getMessages();
                assertThat(messages).singleElement().satisfies(message -> {
                    assertThat(message.getSubject()).isEqualTo("Your ticket");
                    assertThat(message.getContent().toString()).contains("See you at the door.");
                });
                inbox.close(false);
            }
            assertThat(mail.receivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Your ticket");
        }
    }

    @Test
    void keepsOnlyTheNewestMailsOfAllMailboxesWhenBounded() throws Exception {
        SuitePorts ports = SuitePorts.free();
        try (LocalMailServer mail = LocalMailServer.start(ports.smtp(), ports.imap(), OptionalInt.of(3))) {
            for (int number = 1; number <= 5; number++) {
                sendOverSmtp(mail.smtp(), number % 2 == 0 ? RECIPIENT : "grace@example.org", "Mail " + number, "Hi");
                // distinct arrival times: the order across mailboxes is by arrival
                assertThat(mail.awaitMessages(number, Duration.ofSeconds(10))).isTrue();
                Thread.sleep(5);
            }

            Eventually.within(Duration.ofSeconds(20), () -> assertThat(mail.receivedMessages())
                    .extracting(MimeMessage::getSubject)
                    .containsExactlyInAnyOrder("Mail 3", "Mail 4", "Mail 5"));
        }
    }

    /** Plain jakarta.mail, the way the notification service sends: nothing GreenMail-specific. */
    private static void sendOverSmtp(SmtpEndpoint smtp, String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("tickets@ticketing.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }
}
