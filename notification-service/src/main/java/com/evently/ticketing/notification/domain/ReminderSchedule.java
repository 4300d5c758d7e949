package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** How long before a session its holders are reminded, longest lead first (24 h, then 2 h by default). */
public record ReminderSchedule(List<Duration> leads) {

    public ReminderSchedule {
        leads.forEach(lead -> {
            if (lead == null || lead.isNegative() || lead.isZero()) {
                throw new InvalidInput("A reminder lead time is positive, was " + lead);
            }
        });
        if (leads.stream().distinct().count() != leads.size()) {
            throw new InvalidInput("Reminder lead times must differ, were " + leads);
        }
        leads = leads.stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** The next shorter lead after {@code lead}, or zero: once it is due, {@code lead}'s reminder is not sent any more. */
    public Duration shorterThan(Duration lead) {
        return leads.stream().filter(other -> other.compareTo(lead) < 0).findFirst().orElse(Duration.ZERO);
    }
}
