package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.OutgoingMail;

/** Hands mails to the mail server that delivers them. */
public interface MailTransport {

    /** @throws MailNotAccepted when the mail server did not take the mail */
    void send(OutgoingMail mail);

    /**
     * Mails sent one after another that may share one connection to the mail server, sparing both ends a TCP
     * connection, greeting, EHLO and QUIT per mail. Nothing is connected before the first mail; closing the run ends
     * the connection.
     */
    default MailRun run() {
        return new MailRun() {
            @Override
            public void send(OutgoingMail mail) {
                MailTransport.this.send(mail);
            }

            @Override
            public void close() {
            }
        };
    }

    /** Mails handed over one after another, see {@link MailTransport#run()}. */
    interface MailRun extends AutoCloseable {

        /** @throws MailNotAccepted when the mail server did not take the mail */
        void send(OutgoingMail mail);

        @Override
        void close();
    }
}
