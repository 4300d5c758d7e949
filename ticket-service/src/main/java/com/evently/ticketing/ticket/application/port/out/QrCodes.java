package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckInPass;

/** Turns a ticket's check-in pass into a QR code that scans, each one read back before it is handed out. */
public interface QrCodes {

    /** The symbol's modules, for a document to draw at the size it prints. */
    QrSymbol symbol(CheckInPass pass);

    /** The symbol drawn as a black-on-white picture. */
    byte[] png(CheckInPass pass);
}
