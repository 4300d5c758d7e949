package com.evently.ticketing.ticket.adapter.out.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text's QR symbol under each of the eight mask patterns, in the order the QR standard prefers them: lowest
 * penalty first (ISO/IEC 18004, "evaluation of masking results"), scored as ZXing's encoder scores them, ties to the
 * lower mask number. The first is the symbol ZXing's encoder would have made.
 * <p>
 * ZXing lays out and scores all eight matrices anew for every symbol; that was most of ticket-service's CPU for a
 * mailed ticket (docs/perf/profile-2026-12-07.md, seventh sitting). Masking flips only data modules, so here ZXing
 * encodes the text once, under mask 0, and the other seven follow from it: a data module under mask k is the module
 * under mask 0, flipped where masks 0 and k differ. Every other module (finder, timing and alignment patterns, format
 * and version information) depends only on the version and the mask: it is taken from a template ZXing encodes once
 * per version and mask, which also shows where masks 0 and k differ.
 */
final class MaskedSymbols {

    private static final int MASK_PATTERNS = 8;

    private final ErrorCorrectionLevel errorCorrection;
    private final Map<Integer, Layout> layouts = new ConcurrentHashMap<>();

    MaskedSymbols(ErrorCorrectionLevel errorCorrection) {
        this.errorCorrection = errorCorrection;
    }

    /** One masking of a symbol: module (column, row) is dark when bit {@code row * modules + column} is set. */
    record Masked(int mask, int modules, BitSet dark, int penalty) {
    }

    /** @throws WriterException when the text does not fit a QR code */
    List<Masked> of(String text) throws WriterException {
        QRCode underMaskZero = Encoder.encode(text, errorCorrection, Map.of(EncodeHintType.QR_MASK_PATTERN, 0));
        Layout layout = layouts.computeIfAbsent(underMaskZero.getVersion().getVersionNumber(), this::layout);
        int modules = layout.modules();
        Lines rowsUnderMaskZero = Lines.of(underMaskZero.getMatrix(), false);
        Lines columnsUnderMaskZero = Lines.of(underMaskZero.getMatrix(), true);
        List<Masked> masked = new ArrayList<>(MASK_PATTERNS);
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            Lines rows = layout.rows().masked(rowsUnderMaskZero, mask);
            Lines columns = layout.columns().masked(columnsUnderMaskZero, mask);
            masked.add(new Masked(mask, modules, BitSet.valueOf(rows.bits()), penalty(rows, columns)));
        }
        masked.sort(Comparator.comparingInt(Masked::penalty).thenComparingInt(Masked::mask));
        return masked;
    }

    /** The four rules of the standard, the first and third along both rows and columns. */
    static int penalty(Lines rows, Lines columns) {
        return rows.runsAndFinderLikes() + columns.runsAndFinderLikes() + rows.sameColouredBlocks() + rows.balance();
    }

    /**
     * A version's layout read along its rows or along its columns: where the data modules are, and per mask the
     * other modules and the data modules it flips relative to mask 0.
     */
    private record Orientation(Lines data, Lines[] fixed, Lines[] flippedFromMaskZero) {

        Lines masked(Lines underMaskZero, int mask) {
            long[] data = this.data.bits();
            long[] fixed = this.fixed[mask].bits();
            long[] flipped = flippedFromMaskZero[mask].bits();
            long[] zero = underMaskZero.bits();
            long[] masked = new long[zero.length];
            for (int i = 0; i < masked.length; i++) {
                masked[i] = fixed[i] | (data[i] & (zero[i] ^ flipped[i]));
            }
            return new Lines(underMaskZero.modules(), masked);
        }
    }

    private record Layout(int modules, Orientation rows, Orientation columns) {
    }

    private Layout layout(int versionNumber) {
        BitMatrix functionPatterns = functionPatterns(Version.getVersionForNumber(versionNumber));
        ByteMatrix[] templates = new ByteMatrix[MASK_PATTERNS];
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            templates[mask] = template(versionNumber, mask);
        }
        return new Layout(functionPatterns.getWidth(), orientation(functionPatterns, templates, false),
                orientation(functionPatterns, templates, true));
    }

    private static Orientation orientation(BitMatrix functionPatterns, ByteMatrix[] templates, boolean transposed) {
        int modules = functionPatterns.getWidth();
        ByteMatrix data = new ByteMatrix(modules, modules);
        for (int row = 0; row < modules; row++) {
            for (int column = 0; column < modules; column++) {
                data.set(column, row, !functionPatterns.get(column, row));
            }
        }
        Lines dataLines = Lines.of(data, transposed);
        Lines maskZero = Lines.of(templates[0], transposed);
        Lines[] fixed = new Lines[MASK_PATTERNS];
        Lines[] flipped = new Lines[MASK_PATTERNS];
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            Lines template = Lines.of(templates[mask], transposed);
            long[] fixedBits = new long[template.bits().length];
            long[] flippedBits = new long[fixedBits.length];
            for (int i = 0; i < fixedBits.length; i++) {
                fixedBits[i] = template.bits()[i] & ~dataLines.bits()[i];
                // the templates' data modules hold the same (padding) bits, so they differ where the masks do
                flippedBits[i] = dataLines.bits()[i] & (template.bits()[i] ^ maskZero.bits()[i]);
            }
            fixed[mask] = new Lines(modules, fixedBits);
            flipped[mask] = new Lines(modules, flippedBits);
        }
        return new Orientation(dataLines, fixed, flipped);
    }

    /**
     * The modules that do not hold data: finder patterns with their separators and the format information beside
     * them, alignment and timing patterns, version information from version 7 on. (ZXing's decoder knows them too,
     * but not publicly.)
     */
    private static BitMatrix functionPatterns(Version version) {
        int modules = version.getDimensionForVersion();
        BitMatrix patterns = new BitMatrix(modules);
        patterns.setRegion(0, 0, 9, 9);
        patterns.setRegion(modules - 8, 0, 8, 9);
        patterns.setRegion(0, modules - 8, 9, 8);
        int[] centres = version.getAlignmentPatternCenters();
        int last = centres.length - 1;
        for (int row = 0; row <= last; row++) {
            for (int column = 0; column <= last; column++) {
                boolean underFinder = row == 0 && (column == 0 || column == last) || row == last && column == 0;
                if (!underFinder) {
                    patterns.setRegion(centres[column] - 2, centres[row] - 2, 5, 5);
                }
            }
        }
        patterns.setRegion(6, 9, 1, modules - 17);
        patterns.setRegion(9, 6, modules - 17, 1);
        if (version.getVersionNumber() > 6) {
            patterns.setRegion(modules - 11, 0, 3, 6);
            patterns.setRegion(0, modules - 11, 6, 3);
        }
        return patterns;
    }

    private ByteMatrix template(int versionNumber, int mask) {
        try {
            return Encoder.encode("", errorCorrection,
                    Map.of(EncodeHintType.QR_VERSION, versionNumber, EncodeHintType.QR_MASK_PATTERN, mask)).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("Version " + versionNumber + " cannot hold an empty QR code", e);
        }
    }
}
