package com.evently.ticketing.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback in front of a real server, for what a test needs to see or break between a client and
 * it: how many connections the client opened, a server that stops answering while it looks alive (a Redis under a
 * long pause or behind a broken network), connections the server drops.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean stalled;

    private TcpRelay(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("tcp-relay-accept").start(this::accept);
    }

    public static TcpRelay inFrontOf(int targetPort) {
        return new TcpRelay(targetPort);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted and relayed so far. */
    public int connections() {
        return connections.get();
    }

    /** From now on, bytes from clients are swallowed: requests get no answer. */
    public void stall() {
        stalled = true;
    }

    /** Closes every connection relayed so far, as a server dropping its idle connections does; new ones are relayed. */
    public void dropConnections() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                connections.incrementAndGet();
                sockets.add(client);
                sockets.add(target);
                Thread.ofVirtual().start(() -> relay(client, target, true));
                Thread.ofVirtual().start(() -> relay(target, client, false));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to, boolean swallowWhenStalled) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (!(swallowWhenStalled && stalled)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // One side went away; closing the relay ends the other.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        dropConnections();
    }
}
