package com.evently.ticketing.notification.domain;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a mail says, before it is put into words: the template of its kind, the language, and the facts it names.
 * The wording lives in templates and message bundles that an adapter renders, so the domain decides only which
 * facts a reader needs. A fact that is unknown is left out rather than stored as null, and templates leave its
 * line out. Values are strings, numbers, booleans, lists of strings, or {@link ZonedDateTime}s, which the renderer
 * writes in the letter's language with their zone.
 */
public record Letter(MailKind kind, Locale locale, Map<String, Object> values) {

    /**
     * The fact naming which of its kind's subjects a letter takes, when a kind has several (an event change: of
     * venue, of time zone, or both); absent, the kind's one subject.
     */
    public static final String SUBJECT_VARIANT = "subjectVariant";

    public Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Builder of(MailKind kind, Locale locale) {
        return new Builder(kind, locale);
    }

    /** The same letter, to be written in {@code language}. */
    public Letter inLanguage(Locale language) {
        return new Letter(kind, language, values);
    }

    /** The template's name: the kind in lower case, words joined by hyphens ({@code booking-cancelled}). */
    public String template() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Collects the facts of a letter; {@code null} values are dropped, so "unknown" has one spelling. */
    public static final class Builder {

        private final MailKind kind;
        private final Locale locale;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder(MailKind kind, Locale locale) {
            this.kind = kind;
            this.locale = locale;
        }

        public Builder with(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Builder with(EventDetails event) {
            if (event != null) {
                event.describeIn(this);
            }
            return this;
        }

        public Letter build() {
            return new Letter(kind, locale, values);
        }
    }
}
