package com.evently.ticketing.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"");

    /** @param body the answer's body: a problem's type tells a 503 of the gateway from one of the service */
    public void record(String request, int status, long latencyMillis, String body) {
        answers.add(new Answer(request, status, problemOf(status, body), latencyMillis, System.nanoTime()));
    }

    /** The last segment of a problem+json type (e.g. {@code sold-out}), or "" when the answer is no problem. */
    static String problemOf(int status, String body) {
        if (status < 400 || body == null) {
            return "";
        }
        Matcher type = PROBLEM_TYPE.matcher(body);
        return type.find() ? type.group(1).substring(type.group(1).lastIndexOf('/') + 1) : "";
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** How many answers each status got, over all requests. */
    public Map<Integer, Long> countByStatus() {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    /**
     * Latencies per request, status and problem type, e.g. "book 201" and "book 409 sold-out": sold-out answers
     * should be the fast ones.
     */
    public Map<String, Percentiles> latencyByRequestAndStatus() {
        return answers.stream().collect(Collectors.groupingBy(Answer::kind,
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

    public record Answer(String request, int status, String problem, long latencyMillis, long endNanos) {

        String kind() {
            return request + " " + status + (problem.isEmpty() ? "" : " " + problem);
        }

        boolean isBooking() {
            return BOOK.equals(request) && status == 201;
        }
    }
}
