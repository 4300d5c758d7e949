package com.evently.ticketing.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import com.evently.ticketing.load.measure.Percentiles;

/**
 * Every answer the simulation got, as the table needs them: which request, which HTTP status (0 when none came),
 * how long it took and when it ended. The simulation's virtual users write here from Gatling's threads.
 */
public final class RequestLog {

    /** The request whose 201 is a booked seat: throughput counts these. */
    public static final String BOOK = "book";
    public static final int NO_RESPONSE = 0;

    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

    public void record(String request, int status, long latencyMillis) {
        answers.add(new Answer(request, status, latencyMillis, System.nanoTime()));
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** How many answers each status got, over all requests. */
    public Map<Integer, Long> countByStatus() {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    /** Latencies per request and status, e.g. "book 201" and "book 409": sold-out answers should be the fast ones. */
    public Map<String, Percentiles> latencyByRequestAndStatus() {
        return answers.stream().collect(Collectors.groupingBy(answer -> answer.request() + " " + answer.status(),
                TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(Answer::latencyMillis, Collectors.toList()),
                        Percentiles::of)));
    }

    public long booked() {
        return answers.stream().filter(Answer::isBooking).count();
    }

    /** When the last seat was booked, in {@link System#nanoTime()}; the start time when none was. */
    public long lastBookingNanos(long startNanos) {
        return answers.stream().filter(Answer::isBooking).mapToLong(Answer::endNanos).max().orElse(startNanos);
    }

    public record Answer(String request, int status, long latencyMillis, long endNanos) {

        boolean isBooking() {
            return BOOK.equals(request) && status == 201;
        }
    }
}
