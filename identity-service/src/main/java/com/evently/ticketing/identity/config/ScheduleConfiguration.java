package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.in.scheduling.ScheduledHandoverErasure;
import com.evently.ticketing.identity.adapter.in.scheduling.ScheduledSigningKeyRotation;
import com.evently.ticketing.identity.application.ErasingEndedHandovers;
import com.evently.ticketing.identity.application.RotatingSigningKey;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The service's own periodic work: erasing ended handovers always, rotating the signing key when configured. Stale
 * records are deleted by the platform's retention purge ({@link RetentionConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduleConfiguration implements SchedulingConfigurer {

    private final IdentityProperties properties;
    private final ErasingEndedHandovers erasingEndedHandovers;
    private final RotatingSigningKey rotatingSigningKey;

    ScheduleConfiguration(IdentityProperties properties, ErasingEndedHandovers erasingEndedHandovers,
                          RotatingSigningKey rotatingSigningKey) {
        this.properties = properties;
        this.erasingEndedHandovers = erasingEndedHandovers;
        this.rotatingSigningKey = rotatingSigningKey;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new ScheduledHandoverErasure(erasingEndedHandovers),
                properties.purgeInterval());
        IdentityProperties.SigningKeyRotation rotation = properties.signingKeyRotation();
        if (rotation.scheduled()) {
            tasks.addFixedDelayTask(new ScheduledSigningKeyRotation(rotatingSigningKey, rotation.period()),
                    rotation.checkInterval());
        }
    }
}
