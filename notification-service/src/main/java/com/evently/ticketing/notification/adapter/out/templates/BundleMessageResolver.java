package com.evently.ticketing.notification.adapter.out.templates;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** Lets templates say {@code #{key(args)}} against {@link MailMessages}, in the letter's language. */
final class BundleMessageResolver implements IMessageResolver {

    private final MailMessages messages;

    BundleMessageResolver(MailMessages messages) {
        this.messages = messages;
    }

    @Override
    public String getName() {
        return "mail-messages";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return messages.get(context.getLocale(), key, messageParameters);
    }

    /** A missing message must show in tests, not pass as an empty line. */
    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] messageParameters) {
        throw new IllegalStateException("No mail message '" + key + "' for " + context.getLocale());
    }
}
