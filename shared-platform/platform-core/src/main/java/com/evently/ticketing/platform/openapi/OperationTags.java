package com.evently.ticketing.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.List;

/**
 * Groups operations by the controller that serves them, named for what it serves: {@code BookingCalendarController}
 * becomes "BookingCalendar" (springdoc would say "booking-calendar-controller"), which the generated client turns
 * into {@code BookingCalendarApi}. A controller that names its own tag with {@code @Tag} keeps it.
 */
class OperationTags implements GlobalOperationCustomizer {

    private static final String SUFFIX = "Controller";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Class<?> controller = handlerMethod.getBeanType();
        if (!controller.isAnnotationPresent(io.swagger.v3.oas.annotations.tags.Tag.class)) {
            operation.setTags(List.of(tagOf(controller.getSimpleName())));
        }
        return operation;
    }

    static String tagOf(String controllerName) {
        return controllerName.endsWith(SUFFIX)
                ? controllerName.substring(0, controllerName.length() - SUFFIX.length()) : controllerName;
    }
}
