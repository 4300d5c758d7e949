package com.evently.ticketing.notification.adapter.out.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which answers of a mail server stop the retries: only those that would come back the same every time. */
class SmtpMailTransportTest {

    @Test
    void aMailboxTheServerRejectsIsARefusalForGood() throws Exception {
        Address[] invalid = {new InternetAddress("nobody@example.com")};
        SendFailedException rejected = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@example.com>: user unknown"), new Address[0], new Address[0],
                invalid);

        assertThat(SmtpMailTransport.refusedForGood(new MailSendException("Failed messages", rejected))).isTrue();
        assertThat(SmtpMailTransport.refusedForGood(new MailSendException(messageFailure(rejected)))).isTrue();
    }

    @Test
    void aMessageTheServerRejectsWithA5xxReplyIsARefusalForGood() {
        SendFailedException rejected = new SendFailedException("554 5.7.1 message rejected as spam");

        assertThat(SmtpMailTransport.refusedForGood(new MailSendException("Failed messages", rejected))).isTrue();
    }

    @Test
    void anAddressThatIsNoAddressIsARefusalForGood() {
        assertThat(SmtpMailTransport.refusedForGood(new MessagingException("bad", new AddressException("Illegal address"))))
                .isTrue();
    }

    @Test
    void aServerThatIsDownBusyOrAsksToTryLaterIsNot() {
        assertThat(SmtpMailTransport.refusedForGood(new MailSendException("Mail server connection failed",
                new MessagingException("Could not connect", new ConnectException("Connection refused"))))).isFalse();
        assertThat(SmtpMailTransport.refusedForGood(new MailSendException("Failed messages",
                new SendFailedException("451 4.3.0 try again later")))).isFalse();
        assertThat(SmtpMailTransport.refusedForGood(new MailSendException(messageFailure(
                new SendFailedException("452 4.2.2 mailbox full"))))).isFalse();
    }

    @Test
    void theMailStreamProviderIsNamedSoJakartaMailNeedNotScanTheClassPathForIt() throws Exception {
        Class.forName(SmtpMailTransport.class.getName());

        assertThat(System.getProperty(SmtpMailTransport.STREAM_PROVIDER_PROPERTY))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        // the name resolves to the implementation the class path holds: messages can still be written
        assertThat(StreamProvider.provider().getClass().getName())
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private static Map<Object, Exception> messageFailure(Exception failure) {
        Map<Object, Exception> failures = new LinkedHashMap<>();
        failures.put("message", failure);
        return failures;
    }
}
