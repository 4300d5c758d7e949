package com.evently.ticketing.notification.adapter.out.templates;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of every mail, per language, from {@code mail/messages*.properties} (UTF-8). A language without a
 * bundle of its own falls back to the base bundle (English), never to whatever language this JVM runs in.
 */
final class MailMessages {

    private static final String BUNDLE = "mail.messages";
    /** The language of the base bundle, {@code messages.properties}. */
    private static final Locale BASE_LANGUAGE = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The message {@code key} with {@code arguments} filled in; {@code null} when no bundle has it. Like Spring's
     * message sources, a message without arguments is taken as written (no MessageFormat quoting rules).
     */
    String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_JVM_LOCALE_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Whether {@code language} has a bundle of its own (English: the base bundle), not only the fallback. */
    boolean hasBundleFor(Locale language) {
        if (language.getLanguage().equals(BASE_LANGUAGE.getLanguage())) {
            return true;
        }
        Locale found = ResourceBundle.getBundle(BUNDLE, language, NO_JVM_LOCALE_FALLBACK).getLocale();
        return !found.getLanguage().isEmpty() && found.getLanguage().equals(language.getLanguage());
    }

    /** Like {@link #get}, for messages every mail needs: their absence is a bug, not a blank in someone's inbox. */
    String required(Locale locale, String key, Object... arguments) {
        String message = get(locale, key, arguments);
        if (message == null) {
            throw new IllegalStateException("No mail message '" + key + "' for " + locale);
        }
        return message;
    }
}
