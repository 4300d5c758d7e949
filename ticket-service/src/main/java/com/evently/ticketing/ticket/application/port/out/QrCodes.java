package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckInPass;

/** Draws a ticket's check-in pass as a scannable QR code. */
public interface QrCodes {

    byte[] png(CheckInPass pass);
}
