package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every TCP port a suite listens on. A second suite (an end-to-end test beside a developer's running suite)
 * only needs a different set of these.
 */
public record SuitePorts(
        int gateway,
        int identity,
        int event,
        int booking,
        int ticket,
        int notification,
        int analytics,
        int kafka,
        int kafkaController,
        int postgres,
        int smtp,
        int imap) {

    public SuitePorts {
        Map<String, Integer> ports = byName(gateway, identity, event, booking, ticket, notification, analytics,
                kafka, kafkaController, postgres, smtp, imap);
        ports.forEach((name, port) -> {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(name + " port must be between 1 and 65535, was " + port);
            }
        });
        if (ports.values().stream().distinct().count() != ports.size()) {
            throw new IllegalArgumentException("every port must be different: " + ports);
        }
    }

    /**
     * The well-known local ports. Embedded PostgreSQL avoids 5432, where a developer's own server usually
     * listens.
     */
    public static SuitePorts defaults() {
        return new SuitePorts(8080, 8081, 8082, 8083, 8084, 8085, 8086, 9092, 9093, 15432, 3025, 3143);
    }

    /**
     * Ports the operating system reports free right now. All sockets stay open until every port is picked,
     * so the twelve are distinct; another process may still take one before the suite binds it.
     */
    public static SuitePorts free() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new SuitePorts(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]);
        } catch (IOException e) {
            throw new UncheckedIOException("could not find free ports", e);
        } finally {
            sockets.forEach(SuitePorts::closeQuietly);
        }
    }

    public int of(Service service) {
        return switch (service) {
            case GATEWAY -> gateway;
            case IDENTITY -> identity;
            case EVENT -> event;
            case BOOKING -> booking;
            case TICKET -> ticket;
            case NOTIFICATION -> notification;
            case ANALYTICS -> analytics;
        };
    }

    /** Each port with what listens on it, for messages about ports already in use. */
    public Map<String, Integer> byName() {
        return byName(gateway, identity, event, booking, ticket, notification, analytics,
                kafka, kafkaController, postgres, smtp, imap);
    }

    private static Map<String, Integer> byName(int gateway, int identity, int event, int booking, int ticket,
            int notification, int analytics, int kafka, int kafkaController, int postgres, int smtp, int imap) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(Service.GATEWAY.moduleName(), gateway);
        ports.put(Service.IDENTITY.moduleName(), identity);
        ports.put(Service.EVENT.moduleName(), event);
        ports.put(Service.BOOKING.moduleName(), booking);
        ports.put(Service.TICKET.moduleName(), ticket);
        ports.put(Service.NOTIFICATION.moduleName(), notification);
        ports.put(Service.ANALYTICS.moduleName(), analytics);
        ports.put("kafka", kafka);
        ports.put("kafka-controller", kafkaController);
        ports.put("postgres", postgres);
        ports.put("smtp", smtp);
        ports.put("imap", imap);
        return ports;
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port was only probed; nothing to release beyond the socket itself
        }
    }
}
