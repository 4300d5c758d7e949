package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/** The printable tickets of one booking, as ticket-service renders them. */
public final class TicketsPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final UUID bookingId;
    private final byte[] content;

    public TicketsPdf(UUID bookingId, byte[] content) {
        this.bookingId = Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(content, "content");
        // a truncated or mislabelled body must not reach a buyer as "your tickets"
        if (content.length < PDF_SIGNATURE.length
                || !Arrays.equals(content, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length)) {
            throw new InvalidInput("The tickets of booking " + bookingId + " are not a PDF document");
        }
        this.content = content.clone();
    }

    public UUID bookingId() {
        return bookingId;
    }

    /** The file the buyer receives: {@code tickets-<bookingId>.pdf}. */
    public Attachment asAttachment() {
        return new Attachment("tickets-" + bookingId + ".pdf", MEDIA_TYPE, content);
    }
}
