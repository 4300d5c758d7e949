package com.evently.ticketing.notification.adapter.out.mail;

import com.evently.ticketing.notification.application.port.out.MailTransport.MailRun;
import com.evently.ticketing.notification.domain.MailContent;
import com.evently.ticketing.notification.domain.OutgoingMail;
import com.evently.ticketing.testsupport.TcpRelay;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How mails reach a real SMTP server (GreenMail) through a relay that counts the connections made: one for a run of
 * mails, a new one when the server dropped the last.
 */
class SmtpMailTransportConnectionTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private TcpRelay relay;
    private SmtpMailTransport transport;

    @BeforeEach
    void start() throws Exception {
        smtp.start();
        relay = TcpRelay.inFrontOf(smtp.getSmtp().getPort());
        JavaMailSenderImpl mailServer = new JavaMailSenderImpl();
        mailServer.setHost("127.0.0.1");
        mailServer.setPort(relay.port());
        Properties timeouts = new Properties();
        timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
        timeouts.setProperty("mail.smtp.timeout", "5000");
        mailServer.setJavaMailProperties(timeouts);
        transport = new SmtpMailTransport(mailServer, new InternetAddress("tickets@evently.test"));
    }

    @AfterEach
    void stop() throws IOException {
        relay.close();
        smtp.stop();
    }

    @Test
    void aRunSendsItsMailsOverOneConnection() {
        try (MailRun run = transport.run()) {
            run.send(mailTo("ada@example.com"));
            run.send(mailTo("grace@example.com"));
            run.send(mailTo("edsger@example.com"));
        }

        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(relay.connections()).isEqualTo(1);
    }

    @Test
    void aMailOnItsOwnHasAConnectionOfItsOwn() {
        transport.send(mailTo("ada@example.com"));
        transport.send(mailTo("grace@example.com"));

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void aConnectionTheServerDroppedIsOpenedAgainForTheNextMail() throws Exception {
        try (MailRun run = transport.run()) {
            run.send(mailTo("ada@example.com"));
            relay.dropConnections();
            run.send(mailTo("grace@example.com"));
        }

        assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactly("ada@example.com", "grace@example.com");
        assertThat(relay.connections()).isEqualTo(2);
    }

    private static OutgoingMail mailTo(String recipient) {
        return new OutgoingMail(recipient, new MailContent("Your tickets", "See you there.", "<p>See you there.</p>"),
                List.of());
    }
}
