package com.evently.ticketing.ticket.adapter.out.qr;

import com.evently.ticketing.ticket.PassShapedTokens;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** ZXing's encoder, which builds and scores each masking the long way, is the reference. */
class MaskedSymbolsTest {

    private final MaskedSymbols symbols = new MaskedSymbols(ErrorCorrectionLevel.M);

    /** Versions 12 to 15 for pass-shaped texts, 18 to 22 for two of them joined, 1 for the short ones. */
    @Test
    void everyMaskingIsTheMatrixZxingEncodesUnderThatMask() throws WriterException {
        Random random = new Random(20261207);
        for (int i = 0; i < 60; i++) {
            String text = text(random, i);
            for (MaskedSymbols.Masked masked : symbols.of(text)) {
                QRCode reference = Encoder.encode(text, ErrorCorrectionLevel.M,
                        Map.of(EncodeHintType.QR_MASK_PATTERN, masked.mask()));
                assertThat(masked.dark()).as("mask %d of %s", masked.mask(), text)
                        .isEqualTo(darkModules(reference.getMatrix()));
            }
        }
    }

    @Test
    void theFirstMaskingIsTheOneZxingChoosesAndTheRestFollowByPenalty() throws WriterException {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            String text = text(random, i);
            List<MaskedSymbols.Masked> masked = symbols.of(text);

            assertThat(masked.getFirst().mask()).as(text)
                    .isEqualTo(Encoder.encode(text, ErrorCorrectionLevel.M).getMaskPattern());
            assertThat(masked).extracting(MaskedSymbols.Masked::mask).as(text)
                    .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
            for (int next = 1; next < masked.size(); next++) {
                assertThat(masked.get(next).penalty()).isGreaterThanOrEqualTo(masked.get(next - 1).penalty());
            }
        }
    }

    /** A hand-scored 7 × 7 picture. */
    @Test
    void penaltyAddsTheFourRules() {
        ByteMatrix picture = picture(
                "1011101",
                "0000000",
                "1111111",
                "1111111",
                "0101010",
                "1010101",
                "1100110");
        int runs = 3 * (3 + 2); // rows 1 to 3, seven of a colour each; no column has five in a row
        int blocks = 6 * 3; // rows 2 and 3 together
        int finderLikes = 0; // row 0 is one, but with no room for four light modules on either side
        int balance = 2 * 10; // 30 of 49 dark: 11 % from half

        assertThat(MaskedSymbols.penalty(Lines.of(picture, false), Lines.of(picture, true)))
                .isEqualTo(runs + blocks + finderLikes + balance);
    }

    private static String text(Random random, int i) {
        return switch (i % 4) {
            case 0 -> "T" + random.nextInt(1000);
            case 1 -> PassShapedTokens.next(random).token() + PassShapedTokens.next(random).token();
            default -> PassShapedTokens.next(random).token();
        };
    }

    private static BitSet darkModules(ByteMatrix matrix) {
        int modules = matrix.getWidth();
        BitSet dark = new BitSet();
        for (int row = 0; row < modules; row++) {
            for (int column = 0; column < modules; column++) {
                dark.set(row * modules + column, matrix.get(column, row) == 1);
            }
        }
        return dark;
    }

    private static ByteMatrix picture(String... rows) {
        ByteMatrix picture = new ByteMatrix(rows.length, rows.length);
        for (int row = 0; row < rows.length; row++) {
            for (int column = 0; column < rows.length; column++) {
                picture.set(column, row, rows[row].charAt(column) == '1');
            }
        }
        return picture;
    }
}
