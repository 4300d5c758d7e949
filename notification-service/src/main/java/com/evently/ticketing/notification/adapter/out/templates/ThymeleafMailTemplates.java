package com.evently.ticketing.notification.adapter.out.templates;

import com.evently.ticketing.notification.application.port.out.MailTemplates;
import com.evently.ticketing.notification.domain.Letter;
import com.evently.ticketing.notification.domain.MailContent;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders letters with Thymeleaf from {@code classpath:mail/}: {@code <template>.html} (HTML mode, escaping every
 * value, framed by {@code layout.html}) and {@code <template>.txt} (text mode, between {@code header.txt} and
 * {@code footer.txt}). The subject is the message {@code <template>.subject} (or {@code <template>.subject-<variant>}
 * when the letter names a {@link Letter#SUBJECT_VARIANT}), given the event's title. Times are
 * written in the letter's language with their zone, so "when" reads right wherever the reader is.
 */
public class ThymeleafMailTemplates implements MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();
    private final MailMessages messages = new MailMessages();

    public ThymeleafMailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver(messages));
    }

    @Override
    public MailContent render(Letter letter) {
        Locale locale = letter.locale();
        Object eventTitle = letter.values().get("eventTitle");
        Object variant = letter.values().get(Letter.SUBJECT_VARIANT);
        String subject = messages.required(locale,
                letter.template() + ".subject" + (variant == null ? "" : "-" + variant),
                eventTitle != null ? eventTitle : messages.required(locale, "event.unnamed"));
        Context context = new Context(locale, variables(letter, subject));
        return new MailContent(subject, engine.process(letter.template() + ".txt", context),
                engine.process(letter.template() + ".html", context));
    }

    @Override
    public boolean writesIn(Locale language) {
        return messages.hasBundleFor(language);
    }

    private Map<String, Object> variables(Letter letter, String subject) {
        Map<String, Object> variables = new LinkedHashMap<>();
        letter.values().forEach((name, value) -> variables.put(name,
                value instanceof ZonedDateTime time ? written(time, letter.locale()) : value));
        variables.put("subject", subject);
        return variables;
    }

    private String written(ZonedDateTime time, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.required(locale, "format.date-time"), locale);
        return format.format(time) + " (" + time.getZone().getId() + ")";
    }
}
