package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.in.schedule.ScheduledSecurityRecordsPurge;
import com.evently.ticketing.identity.adapter.in.schedule.ScheduledSigningKeyRotation;
import com.evently.ticketing.identity.application.port.in.PurgeStaleSecurityRecords;
import com.evently.ticketing.identity.application.port.in.RotateSigningKey;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The service's own periodic work: purging stale records always, rotating the signing key when configured. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduleConfiguration implements SchedulingConfigurer {

    private final IdentityProperties properties;
    private final PurgeStaleSecurityRecords purgeStaleSecurityRecords;
    private final RotateSigningKey rotateSigningKey;

    ScheduleConfiguration(IdentityProperties properties, PurgeStaleSecurityRecords purgeStaleSecurityRecords,
                          RotateSigningKey rotateSigningKey) {
        this.properties = properties;
        this.purgeStaleSecurityRecords = purgeStaleSecurityRecords;
        this.rotateSigningKey = rotateSigningKey;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new ScheduledSecurityRecordsPurge(purgeStaleSecurityRecords),
                properties.purgeInterval());
        IdentityProperties.SigningKeyRotation rotation = properties.signingKeyRotation();
        if (rotation.scheduled()) {
            tasks.addFixedDelayTask(new ScheduledSigningKeyRotation(rotateSigningKey, rotation.period()),
                    rotation.checkInterval());
        }
    }
}
