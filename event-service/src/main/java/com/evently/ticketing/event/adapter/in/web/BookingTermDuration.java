package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.BookingTerms;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * One of an event's booking terms: an ISO-8601 duration ({@code PT2H}, {@code P1D}, {@code PT30M}) within the
 * bounds {@link BookingTerms} keeps for that term. Null passes: booking-service's default applies.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BookingTermDuration.Validator.class)
public @interface BookingTermDuration {

    Term value();

    /** Empty: the term's own message, which names its bounds. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Term {
        CANCELLATION_CUTOFF("must be an ISO-8601 duration of whole minutes from PT0S to P90D, such as PT2H",
                BookingTerms::isCancellationCutoff),
        WAITLIST_OFFER_LIFETIME("must be an ISO-8601 duration from PT5M to P7D, such as PT30M",
                BookingTerms::isWaitlistOfferLifetime);

        private final String message;
        private final Predicate<Duration> withinBounds;

        Term(String message, Predicate<Duration> withinBounds) {
            this.message = message;
            this.withinBounds = withinBounds;
        }
    }

    class Validator implements ConstraintValidator<BookingTermDuration, String> {

        private Term term;
        private String message;

        @Override
        public void initialize(BookingTermDuration annotation) {
            term = annotation.value();
            message = annotation.message().isEmpty() ? term.message : annotation.message();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Duration parsed = IsoDurations.parseOrNull(value);
            if (parsed != null && term.withinBounds.test(parsed)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
