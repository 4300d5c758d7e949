package com.evently.ticketing.booking.config;

import com.evently.ticketing.booking.application.ReleasedSeats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The waiting list: who is offered the seats that come free. */
@Configuration(proxyBeanMethods = false)
class WaitlistConfiguration {

    /** Until the waiting list exists, released seats simply go back on sale. */
    @Bean
    ReleasedSeats releasedSeats() {
        return line -> {
        };
    }
}
