package com.evently.ticketing.load.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Converts the clock ticks of {@code /proc/<pid>/stat} to milliseconds. */
public record CpuClock(long ticksPerSecond) {

    /** USER_HZ is 100 on every Linux build this runs on; {@code getconf CLK_TCK} says so when it can. */
    public static CpuClock ofThisMachine() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String output = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (getconf.waitFor() == 0) {
                return new CpuClock(Long.parseLong(output));
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the Linux default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new CpuClock(100);
    }

    public double millis(long ticks) {
        return ticks * 1000.0 / ticksPerSecond;
    }
}
