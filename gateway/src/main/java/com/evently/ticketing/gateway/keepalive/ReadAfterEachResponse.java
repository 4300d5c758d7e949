package com.evently.ticketing.gateway.keepalive;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Asks the connection for its next request once a response has been written whole.
 * <p>
 * Reactor Netty 1.3.6 reads a keep-alive connection on demand and, in one case, forgets to ask: a request that
 * came in while the previous one was still finishing is queued, and when it is then answered at once (a 404 or
 * 401 the gateway gives itself) the queue drains without the read being re-armed (reactor-netty#4361, fixed after
 * 1.3.8, the newest release served here). The client's next request then sits unread until it gives up.
 * One more read request after each response is harmless where the read was re-armed anyway: Netty merges
 * them, and whatever arrives goes through Reactor Netty's own handling. Remove this with a Reactor Netty that has
 * the fix; {@code KeepAliveTest} shows the case.
 */
@ChannelHandler.Sharable
final class ReadAfterEachResponse extends ChannelDuplexHandler {

    static final ReadAfterEachResponse INSTANCE = new ReadAfterEachResponse();

    private ReadAfterEachResponse() {
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
            // after the tasks Reactor Netty queues when the response ends, one of which may drain its queue
            ctx.executor().execute(() -> {
                if (ctx.channel().isActive()) {
                    ctx.read();
                }
            });
        }
        ctx.write(msg, promise);
    }
}
