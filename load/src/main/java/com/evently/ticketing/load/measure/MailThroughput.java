package com.evently.ticketing.load.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * How fast the run's confirmation mails reached the suite's SMTP sink (the moment notification-service recorded as
 * {@code sent_at}, once the SMTP server had accepted the message), against the booking window: during the run,
 * after it while the queue drained, and how long the drain took. Delivery keeps up when the mails of the window
 * left within it, i.e. nothing was left to drain.
 *
 * @param duringRun mails accepted from the run's start to its last booking
 * @param afterRun  mails accepted after the last booking
 * @param run       from the run's start to its last booking
 * @param drain     from the last booking to the last mail; zero when every mail left during the run
 */
public record MailThroughput(long duringRun, long afterRun, Duration run, Duration drain) {

    public MailThroughput {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(drain, "drain");
    }

    /** @param sentAt when each of the run's confirmation mails was accepted by the SMTP sink */
    public static MailThroughput of(Collection<Instant> sentAt, Instant runStart, Instant runEnd) {
        long during = sentAt.stream().filter(sent -> !sent.isAfter(runEnd)).count();
        Instant lastMail = sentAt.stream().max(Instant::compareTo).orElse(runEnd);
        Duration drain = lastMail.isAfter(runEnd) ? Duration.between(runEnd, lastMail) : Duration.ZERO;
        return new MailThroughput(during, sentAt.size() - during, Duration.between(runStart, runEnd), drain);
    }

    public long total() {
        return duringRun + afterRun;
    }

    /** Mails accepted per second while bookings arrived. */
    public double perSecondDuringRun() {
        return perSecond(duringRun, run);
    }

    /** Mails accepted per second while the queue drained after the last booking; 0 when nothing was left. */
    public double perSecondAfterRun() {
        return perSecond(afterRun, drain);
    }

    /** Every mail over the whole time from the run's start to the last mail. */
    public double perSecondOverall() {
        return perSecond(total(), run.plus(drain));
    }

    private static double perSecond(long mails, Duration over) {
        return over.isZero() || over.isNegative() ? 0 : mails / (over.toNanos() / 1e9);
    }
}
