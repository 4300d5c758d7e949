package com.evently.ticketing.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Every percentage the statistics show: one decimal, rounded half-up; 0 when there is nothing to divide by. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 1;

    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    private Percent() {
    }
}
