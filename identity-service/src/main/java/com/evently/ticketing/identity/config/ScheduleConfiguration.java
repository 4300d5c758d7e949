package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.in.schedule.ScheduledSecurityRecordsPurge;
import com.evently.ticketing.identity.adapter.in.schedule.ScheduledSigningKeyRotation;
import com.evently.ticketing.identity.application.PurgingStaleSecurityRecords;
import com.evently.ticketing.identity.application.RotatingSigningKey;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The service's own periodic work: purging stale records always, rotating the signing key when configured. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduleConfiguration implements SchedulingConfigurer {

    private final IdentityProperties properties;
    private final PurgingStaleSecurityRecords purgingStaleSecurityRecords;
    private final RotatingSigningKey rotatingSigningKey;

    ScheduleConfiguration(IdentityProperties properties, PurgingStaleSecurityRecords purgingStaleSecurityRecords,
                          RotatingSigningKey rotatingSigningKey) {
        this.properties = properties;
        this.purgingStaleSecurityRecords = purgingStaleSecurityRecords;
        this.rotatingSigningKey = rotatingSigningKey;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new ScheduledSecurityRecordsPurge(purgingStaleSecurityRecords),
                properties.purgeInterval());
        IdentityProperties.SigningKeyRotation rotation = properties.signingKeyRotation();
        if (rotation.scheduled()) {
            tasks.addFixedDelayTask(new ScheduledSigningKeyRotation(rotatingSigningKey, rotation.period()),
                    rotation.checkInterval());
        }
    }
}
