package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.Letter;
import com.evently.ticketing.notification.domain.MailContent;

/** Puts a letter into words: its subject, plain text and HTML, in the letter's language. */
public interface MailTemplates {

    MailContent render(Letter letter);
}
