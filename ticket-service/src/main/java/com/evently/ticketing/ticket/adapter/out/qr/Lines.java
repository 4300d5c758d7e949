package com.evently.ticketing.ticket.adapter.out.qr;

import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * A square of modules as one string of bits, line after line ({@code bits} bit {@code line * modules + position} set
 * for a dark module), scored by the QR standard's mask penalty rules as ZXing's MaskUtil scores them. Reading a
 * symbol's columns as the lines of its transpose scores the vertical half of rules 1 and 3 with the same code.
 * <p>
 * The rules look at up to eleven neighbouring modules of a line; here they look at {@value #CHUNK} positions at once,
 * one bit each, in 64-bit windows of the line, where ZXing looks at one module at a time: scoring all eight maskings
 * of a pass this way costs less than ZXing's scoring of one.
 *
 * @param modules modules a line, and lines
 * @param bits    the modules, with words of zeros after the last so windows may reach past it
 */
record Lines(int modules, long[] bits) {

    /** Positions scored at once: the windows also hold the four modules before and the ten after each. */
    private static final int CHUNK = 48;
    private static final int RUN_PENALTY = 3;
    private static final int BLOCK_PENALTY = 3;
    private static final int FINDER_LIKE_PENALTY = 40;
    private static final int BALANCE_PENALTY = 10;

    static Lines of(ByteMatrix matrix, boolean columnsAsLines) {
        int modules = matrix.getWidth();
        long[] bits = new long[(modules * modules >>> 6) + 4];
        for (int row = 0; row < modules; row++) {
            for (int column = 0; column < modules; column++) {
                if (matrix.get(column, row) == 1) {
                    int index = columnsAsLines ? column * modules + row : row * modules + column;
                    bits[index >>> 6] |= 1L << index;
                }
            }
        }
        return new Lines(modules, bits);
    }

    /**
     * Rule 1, each run of five or more modules of one colour: 3, plus 1 for each module beyond five. Rule 3, each
     * 1:1:3:1:1 dark-light-dark pattern with four light modules on at least one side: 40 (ZXing 3.5 does not count
     * the quiet zone beyond the edge as light).
     */
    int runsAndFinderLikes() {
        int windowsOfFive = 0;
        int runsOfFive = 0;
        int finderLikes = 0;
        for (int line = 0; line < modules; line++) {
            for (int first = 0; first < modules; first += CHUNK) {
                int at = line * modules + first;
                long before4 = window(at - 4);
                long before3 = window(at - 3);
                long before2 = window(at - 2);
                long before1 = window(at - 1);
                long m0 = window(at);
                long m1 = window(at + 1);
                long m2 = window(at + 2);
                long m3 = window(at + 3);
                long m4 = window(at + 4);
                long m5 = window(at + 5);
                long m6 = window(at + 6);

                // five alike start at x when x and the four after it are alike, a run where they did not at x - 1:
                // a run of n has n - 4 such windows, and with 2 more for its start costs 3 + (n - 5)
                long fiveAlike = ~(m0 ^ m1) & ~(m1 ^ m2) & ~(m2 ^ m3) & ~(m3 ^ m4);
                long fiveAlikeBefore = ~(before1 ^ m0) & ~(m0 ^ m1) & ~(m1 ^ m2) & ~(m2 ^ m3);
                if (first == 0) {
                    fiveAlikeBefore &= ~1L;
                }
                long fiveFit = upTo(first, modules - 5);
                windowsOfFive += Long.bitCount(fiveAlike & fiveFit);
                runsOfFive += Long.bitCount(fiveAlike & ~fiveAlikeBefore & fiveFit);

                long finderLike = m0 & ~m1 & m2 & m3 & m4 & ~m5 & m6 & upTo(first, modules - 7);
                if (finderLike != 0) {
                    long lightBefore = ~(before4 | before3 | before2 | before1) & (first == 0 ? ~0xFL : ~0L);
                    long lightAfter = ~(window(at + 7) | window(at + 8) | window(at + 9) | window(at + 10))
                            & upTo(first, modules - 11);
                    finderLikes += Long.bitCount(finderLike & (lightBefore | lightAfter));
                }
            }
        }
        return windowsOfFive + (RUN_PENALTY - 1) * runsOfFive + FINDER_LIKE_PENALTY * finderLikes;
    }

    /** Rule 2: each 2 × 2 block of one colour costs 3 (the standard's (m - 1) × (n - 1) for an m × n block). */
    int sameColouredBlocks() {
        int blocks = 0;
        for (int line = 0; line + 1 < modules; line++) {
            for (int first = 0; first < modules; first += CHUNK) {
                int at = line * modules + first;
                long here = window(at);
                long below = window(at + modules);
                long alike = ~(here ^ window(at + 1)) & ~(below ^ window(at + modules + 1)) & ~(here ^ below);
                blocks += Long.bitCount(alike & upTo(first, modules - 2));
            }
        }
        return BLOCK_PENALTY * blocks;
    }

    /** Rule 4: 10 for every full 5 % the share of dark modules is away from half. */
    int balance() {
        int dark = 0;
        for (long word : bits) {
            dark += Long.bitCount(word);
        }
        int all = modules * modules;
        return BALANCE_PENALTY * (Math.abs(dark * 2 - all) * 10 / all);
    }

    /** The 64 modules from {@code index} on, the first in the lowest bit; before the first module, light ones. */
    private long window(int index) {
        if (index < 0) {
            return bits[0] << -index;
        }
        int word = index >>> 6;
        int shift = index & 63;
        return shift == 0 ? bits[word] : bits[word] >>> shift | bits[word + 1] << 64 - shift;
    }

    /** The chunk's positions from {@code first} up to {@code last} of its line, as bits from the lowest. */
    private static long upTo(int first, int last) {
        int positions = Math.min(CHUNK, last - first + 1);
        return positions <= 0 ? 0 : (1L << positions) - 1;
    }
}
