package com.evently.ticketing.platform.deadletter;

import com.evently.ticketing.contracts.Topics;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * @param topics         the topics whose dead letters this service shows and may redrive: every contract topic,
 *                       whichever service's consumer dead-lettered the record
 * @param redriveEnabled whether this service offers the redrive endpoint and the dead-letter backlog gauge
 * @param redriveGroup   the consumer group whose committed offsets on {@code <topic>.dlt} mark what was redriven
 * @param timeout        the longest one redrive, or one backlog reading, waits for the broker
 * @param backlogRefresh how long a backlog reading is reused before the broker is asked again
 */
@Validated
@ConfigurationProperties("ticketing.dead-letters")
public record DeadLetterProperties(
        @NotEmpty @DefaultValue({Topics.CATALOG_EVENTS, Topics.BOOKING_EVENTS, Topics.TICKET_EVENTS,
                Topics.IDENTITY_EVENTS}) List<@NotBlank String> topics,
        @DefaultValue("true") boolean redriveEnabled,
        @NotBlank @DefaultValue("ticketing.dead-letter-redrive") String redriveGroup,
        @NotNull @DefaultValue("30s") Duration timeout,
        @NotNull @DefaultValue("15s") Duration backlogRefresh) {

    public boolean isKnown(String topic) {
        return topics.contains(topic);
    }
}
