package com.evently.ticketing.gateway.keepalive;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/** Every HTTP/1.1 connection to the gateway gets {@link ReadAfterEachResponse} next to its codec. */
@Configuration(proxyBeanMethods = false)
public class KeepAliveConfiguration {

    @Bean
    NettyServerCustomizer readAfterEachResponse() {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                // between the codec and Reactor Netty's traffic handler, where a response's end is still a message
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, ReadAfterEachResponse.class.getSimpleName(),
                        ReadAfterEachResponse.INSTANCE);
            }
        });
    }
}
