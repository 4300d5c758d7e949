package com.evently.ticketing.booking.config;

import com.evently.ticketing.booking.adapter.out.calendar.Ical4jBookingCalendars;
import com.evently.ticketing.booking.application.ExportingBookingCalendar;
import com.evently.ticketing.booking.application.ViewingBooking;
import com.evently.ticketing.booking.application.port.out.BookingCalendars;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A booking's iCalendar download. */
@Configuration(proxyBeanMethods = false)
class BookingCalendarConfiguration {

    @Bean
    BookingCalendars bookingCalendars() {
        return new Ical4jBookingCalendars();
    }

    @Bean
    ExportingBookingCalendar exportingBookingCalendar(ViewingBooking viewingBooking, EventSnapshots eventSnapshots,
                                                      BookingCalendars bookingCalendars) {
        return new ExportingBookingCalendar(viewingBooking, eventSnapshots, bookingCalendars);
    }
}
