package com.evently.ticketing.load.measure;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Nearest-rank percentiles of a set of measurements (milliseconds here), as load tools report them. */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(Collection<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Percentiles(sorted);
    }

    public static Percentiles of(long... values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    public int count() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    /**
     * The smallest value that at least {@code percent} % of the measurements do not exceed.
     *
     * @throws IllegalStateException when there is nothing measured
     */
    public long at(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percent);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no measurements");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public List<Long> values() {
        return Arrays.stream(sorted).boxed().toList();
    }

    public long max() {
        return at(100);
    }
}
