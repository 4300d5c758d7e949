package com.evently.ticketing.deploy.manifests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM started with JAVA_TOOL_OPTIONS takes of a container's memory limit: the heap (MaxRAMPercentage of the
 * limit) and direct buffers (MaxDirectMemorySize; unset, the JVM allows as much as the heap).
 */
record JvmMemory(double heapMebibytes, double directMebibytes, int limitMebibytes) {

    private static final Pattern PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)");
    private static final Pattern DIRECT = Pattern.compile("-XX:MaxDirectMemorySize=([0-9]+)([mMgG])");

    static JvmMemory of(String javaToolOptions, int limitMebibytes) {
        Matcher percentage = PERCENTAGE.matcher(javaToolOptions);
        double heap = percentage.find() ? limitMebibytes * Double.parseDouble(percentage.group(1)) / 100 : limitMebibytes / 4.0;
        Matcher direct = DIRECT.matcher(javaToolOptions);
        double directMemory = direct.find()
                ? Long.parseLong(direct.group(1)) * (direct.group(2).equalsIgnoreCase("g") ? 1024 : 1)
                : 0; // only the gateway (Netty) uses direct buffers in bulk; it must set the option
        return new JvmMemory(heap, directMemory, limitMebibytes);
    }

    boolean fitsWithRoomFor(int otherMebibytes) {
        return heapMebibytes + directMebibytes + otherMebibytes <= limitMebibytes;
    }
}
