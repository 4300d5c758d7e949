package com.evently.ticketing.ticket.application.port.out;

import java.util.BitSet;
import java.util.Objects;

/**
 * A QR code as it was read back before it was handed out: its square of modules, laid out in a square of
 * {@code edge} units with {@code moduleEdge} units a module, centred in its quiet zone. A renderer draws it at the
 * size it prints by scaling the units, and so draws the very picture that was read back: a symbol read back at one
 * module size can defeat the same detector at another.
 *
 * @param modules    modules a side
 * @param dark       the dark modules, module (column, row) at bit {@code row * modules + column}; row 0 is the top
 *                   row, column 0 the left column
 * @param moduleEdge units a side of a module
 * @param edge       units a side of the whole square, quiet zone included
 */
public record QrSymbol(int modules, BitSet dark, int moduleEdge, int edge) {

    public QrSymbol {
        Objects.requireNonNull(dark, "dark");
        if (modules < 1 || moduleEdge < 1 || edge < modules * moduleEdge) {
            throw new IllegalArgumentException("A QR symbol of " + modules + " modules of " + moduleEdge
                    + " units does not fit in a square of " + edge);
        }
        if (dark.length() > modules * modules) {
            throw new IllegalArgumentException("A dark module lies outside a symbol of " + modules + " modules a side");
        }
        dark = (BitSet) dark.clone();
    }

    /** A copy: the symbol stays the one that was read back. */
    @Override
    public BitSet dark() {
        return (BitSet) dark.clone();
    }

    public boolean isDark(int column, int row) {
        return dark.get(Objects.checkIndex(row, modules) * modules + Objects.checkIndex(column, modules));
    }

    /** Units of quiet zone left of and above the symbol; an odd unit left over goes right and below. */
    public int margin() {
        return (edge - modules * moduleEdge) / 2;
    }
}
