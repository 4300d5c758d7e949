package com.evently.ticketing.notification.adapter.out.webhook;

import com.evently.ticketing.notification.application.port.out.HostResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The JDK's resolver (and its cache, so the HTTP client connects to what was checked while it is fresh). */
public class JdkHostResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
