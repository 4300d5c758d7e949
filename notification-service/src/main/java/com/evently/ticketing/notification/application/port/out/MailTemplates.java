package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.Letter;
import com.evently.ticketing.notification.domain.MailContent;

import java.util.Locale;

/** Puts a letter into words: its subject, plain text and HTML, in the letter's language. */
public interface MailTemplates {

    MailContent render(Letter letter);

    /** Whether letters can be written in {@code language} itself rather than in a fallback. */
    boolean writesIn(Locale language);
}
