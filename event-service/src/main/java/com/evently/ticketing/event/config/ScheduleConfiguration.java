package com.evently.ticketing.event.config;

import com.evently.ticketing.event.adapter.in.scheduling.ScheduledEventCompletion;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The service's periodic work: completing events whose last session has ended. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduleConfiguration implements SchedulingConfigurer {

    private final EventProperties properties;
    private final ScheduledEventCompletion completion;

    ScheduleConfiguration(EventProperties properties, ScheduledEventCompletion completion) {
        this.properties = properties;
        this.completion = completion;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(completion, properties.completionInterval());
    }
}
