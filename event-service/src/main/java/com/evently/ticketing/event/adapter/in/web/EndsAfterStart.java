package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.adapter.in.web.EventRequest.SessionRequest;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A session ends after it starts; the error is reported on {@code endsAt}, the field the client must fix. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EndsAfterStart.Validator.class)
public @interface EndsAfterStart {

    String message() default "must be after startsAt";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EndsAfterStart, SessionRequest> {

        @Override
        public boolean isValid(SessionRequest session, ConstraintValidatorContext context) {
            if (session == null || session.startsAt() == null || session.endsAt() == null
                    || session.endsAt().isAfter(session.startsAt())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endsAt")
                    .addConstraintViolation();
            return false;
        }
    }
}
