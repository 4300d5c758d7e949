package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckInPayload;

/** Draws the check-in payload as a scannable QR code. */
public interface QrCodes {

    byte[] png(CheckInPayload payload);
}
