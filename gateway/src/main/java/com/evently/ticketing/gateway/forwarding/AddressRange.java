package com.evently.ticketing.gateway.forwarding;

import io.netty.util.NetUtil;

import java.math.BigInteger;

/**
 * An IP address or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}), matched against address literals only:
 * nothing here resolves a host name, so a header value can never cause a DNS lookup.
 *
 * @param addressBytes 4 for IPv4, 16 for IPv6
 * @param network      the range's first address, as an unsigned number
 * @param mask         ones over the prefix, zeros over the host part
 */
record AddressRange(int addressBytes, BigInteger network, BigInteger mask) {

    static AddressRange parse(String range) {
        String[] parts = range.trim().split("/", 2);
        byte[] address = NetUtil.createByteArrayFromIpAddressString(parts[0]);
        if (address == null) {
            throw new IllegalArgumentException("Not an IP address or CIDR range: " + range);
        }
        int bits = address.length * Byte.SIZE;
        int prefixLength = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("Prefix length out of range: " + range);
        }
        BigInteger allOnes = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger mask = allOnes.xor(allOnes.shiftRight(prefixLength));
        return new AddressRange(address.length, new BigInteger(1, address).and(mask), mask);
    }

    /** Whether {@code address}, an IP literal, lies in this range; anything that is not an IP literal does not. */
    boolean contains(String address) {
        byte[] candidate = NetUtil.createByteArrayFromIpAddressString(address);
        return candidate != null && candidate.length == addressBytes
                && new BigInteger(1, candidate).and(mask).equals(network);
    }
}
