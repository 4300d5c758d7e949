package com.evently.ticketing.notification.application.port.out;

import java.net.InetAddress;
import java.util.List;

/** The addresses a host name stands for now; empty when it does not resolve. */
public interface HostResolver {

    List<InetAddress> resolve(String host);
}
