package com.evently.ticketing.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Refuses request bodies larger than {@link WebLimits#maxRequestBody()} before or while they are read, so an
 * oversize body costs neither memory nor a full parse. The gateway limits bodies too, but a service does not
 * rely on the network in front of it. A declared Content-Length is checked up front; a chunked body is
 * counted as it streams in.
 */
@ControllerAdvice
class RequestBodyLimit extends RequestBodyAdviceAdapter {

    private final long maxBytes;

    RequestBodyLimit(WebLimits limits) {
        this.maxBytes = limits.maxRequestBody().toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        if (input.getHeaders().getContentLength() > maxBytes) {
            throw new RequestBodyTooLargeException(maxBytes);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() throws IOException {
                return new CountingStream(input.getBody());
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** Fails the read that goes past the limit; the parser then stops, and nothing has been stored. */
    private final class CountingStream extends FilterInputStream {

        private long bytesRead;

        CountingStream(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int bytes) {
            bytesRead += bytes;
            if (bytesRead > maxBytes) {
                throw new RequestBodyTooLargeException(maxBytes);
            }
        }
    }
}
