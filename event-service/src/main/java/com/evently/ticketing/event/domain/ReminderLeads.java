package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How long before each session of an event its holders are reminded, as its organizer chose: up to
 * {@value #MOST} different lead times, each from {@link #SHORTEST} to {@link #LONGEST}, longest first. None at all
 * means no reminders. An event that chose nothing has no {@code ReminderLeads}, and the notification service's
 * default applies.
 */
public record ReminderLeads(List<Duration> leads) {

    public static final int MOST = 3;
    /** Shorter than this, a reminder would arrive when people are already on their way. */
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    /** Longer than this, it is an announcement rather than a reminder. */
    public static final Duration LONGEST = Duration.ofDays(14);

    public ReminderLeads {
        Objects.requireNonNull(leads, "leads");
        if (leads.size() > MOST) {
            throw new InvalidInput("an event has at most " + MOST + " reminder lead times, not " + leads.size());
        }
        for (Duration lead : leads) {
            if (lead == null || lead.compareTo(SHORTEST) < 0 || lead.compareTo(LONGEST) > 0) {
                throw new InvalidInput("a reminder lead time is from " + SHORTEST + " to " + LONGEST + ", not " + lead);
            }
        }
        if (leads.stream().distinct().count() != leads.size()) {
            throw new InvalidInput("reminder lead times must differ, were " + leads);
        }
        leads = leads.stream().sorted(Comparator.reverseOrder()).toList();
    }
}
