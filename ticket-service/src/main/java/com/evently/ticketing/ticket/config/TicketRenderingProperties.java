package com.evently.ticketing.ticket.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How tickets are drawn.
 *
 * @param qrCodePixels edge of the picture each QR code is read back from: the PNG, and what the PDF draws in three
 *                     inches; a signed pass (about 350 characters) needs 81 modules a side with the quiet zone, so
 *                     below ~400 px its modules get too small to scan reliably
 */
@Validated
@ConfigurationProperties("ticketing.tickets")
public record TicketRenderingProperties(@Min(400) @Max(2000) int qrCodePixels) {
}
