package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.ReminderLeads;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An event's reminder lead times: at most three different ISO-8601 durations ({@code PT24H}, {@code P2D},
 * {@code PT30M}), each from 15 minutes to 14 days, the bounds {@link ReminderLeads} keeps. Null (left to the
 * default) and an empty list (no reminders) pass.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReminderLeadTimes.Validator.class)
public @interface ReminderLeadTimes {

    String message() default "must be at most 3 different ISO-8601 durations from PT15M to P14D, such as PT24H";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReminderLeadTimes, List<String>> {

        @Override
        public boolean isValid(List<String> leads, ConstraintValidatorContext context) {
            if (leads == null) {
                return true;
            }
            if (leads.size() > ReminderLeads.MOST) {
                return false;
            }
            Set<Duration> seen = new HashSet<>();
            for (String lead : leads) {
                Duration parsed = IsoDurations.parseOrNull(lead);
                if (parsed == null || parsed.compareTo(ReminderLeads.SHORTEST) < 0
                        || parsed.compareTo(ReminderLeads.LONGEST) > 0 || !seen.add(parsed)) {
                    return false;
                }
            }
            return true;
        }
    }
}
