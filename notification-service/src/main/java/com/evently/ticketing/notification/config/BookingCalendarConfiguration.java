package com.evently.ticketing.notification.config;

import com.evently.ticketing.notification.adapter.out.calendar.Ical4jBookingCalendars;
import com.evently.ticketing.notification.application.port.out.HeldBookings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The .ics a booking confirmation carries beside its tickets. */
@Configuration(proxyBeanMethods = false)
class BookingCalendarConfiguration {

    @Bean
    Ical4jBookingCalendars bookingCalendars(HeldBookings heldBookings, Clock clock) {
        return new Ical4jBookingCalendars(heldBookings, clock);
    }
}
