package com.evently.ticketing.ticket.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How tickets are drawn.
 *
 * @param qrCodePixels edge of the QR PNG; below ~200 px a 77-character payload gets modules too small to scan
 */
@Validated
@ConfigurationProperties("ticketing.tickets")
public record TicketRenderingProperties(@Min(200) @Max(2000) int qrCodePixels) {
}
