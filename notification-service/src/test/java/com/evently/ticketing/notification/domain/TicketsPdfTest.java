package com.evently.ticketing.notification.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketsPdfTest {

    @Test
    void isAttachedAsAPdfNamedAfterTheBooking() {
        UUID bookingId = UUID.randomUUID();
        byte[] pdf = "%PDF-1.7 tickets".getBytes(StandardCharsets.US_ASCII);

        Attachment attachment = new TicketsPdf(bookingId, pdf).asAttachment();

        assertThat(attachment.fileName()).isEqualTo("tickets-" + bookingId + ".pdf");
        assertThat(attachment.mediaType()).isEqualTo("application/pdf");
        assertThat(attachment.content()).isEqualTo(pdf);
    }

    @Test
    void refusesADocumentThatIsNotAPdf() {
        UUID bookingId = UUID.randomUUID();
        assertThatThrownBy(() -> new TicketsPdf(bookingId, "<html>Sign in</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketsPdf(bookingId, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
