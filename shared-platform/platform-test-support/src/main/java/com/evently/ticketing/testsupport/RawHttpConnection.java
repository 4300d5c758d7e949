package com.evently.ticketing.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 connection to a server on loopback, with requests sent byte for byte as written: no client library
 * normalises their paths or decides when to reuse the connection, and requests may be pipelined.
 */
public final class RawHttpConnection implements AutoCloseable {

    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    private final Socket socket;
    private final InputStream in;
    private final Duration answerWithin;

    private RawHttpConnection(Socket socket, Duration answerWithin) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.answerWithin = answerWithin;
    }

    /** A connection whose reads fail the test when no answer comes within {@code answerWithin}. */
    public static RawHttpConnection open(int port, Duration answerWithin) {
        try {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(Math.toIntExact(answerWithin.toMillis()));
            return new RawHttpConnection(socket, answerWithin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code requests} (one, or several pipelined) exactly as written. */
    public void send(String requests) {
        try {
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The status code of the next response. A body framed by Content-Length is read past, so that the response
     * after it can be read; any other body is left unread (ask with {@code Connection: close} and read no further).
     */
    public int nextStatus() {
        try {
            String head = head();
            head.lines()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .map(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
                    .findFirst()
                    .ifPresent(this::skip);
            return Integer.parseInt(head.split(" ", 3)[1]);
        } catch (SocketTimeoutException unanswered) {
            throw new AssertionError("no answer within " + answerWithin.toMillis() + " ms", unanswered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String head() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < END_OF_HEAD.length) {
            int next = in.read();
            if (next < 0) {
                throw new AssertionError("the connection was closed after:\n" + head);
            }
            head.write(next);
            matched = next == END_OF_HEAD[matched] ? matched + 1 : (next == END_OF_HEAD[0] ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private void skip(int bodyLength) {
        try {
            in.readNBytes(bodyLength);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
