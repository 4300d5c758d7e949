package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.OutgoingMail;

/** Hands mails to the mail server that delivers them. */
public interface MailTransport {

    /** @throws MailNotAccepted when the mail server did not take the mail */
    void send(OutgoingMail mail);
}
