package com.evently.ticketing.ticket.adapter.out.qr;

import com.evently.ticketing.ticket.application.port.out.QrCodes;
import com.evently.ticketing.ticket.application.port.out.QrSymbol;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * QR codes encoded by ZXing, each symbol read back from its full-size picture before it is handed out: as its
 * modules laid out as in that picture, for a document to draw at the size it prints, or as the picture itself, a
 * black-on-white PNG.
 *
 * <p>About one signed pass in forty comes out, with the mask the QR standard's penalty rules pick, as a symbol whose
 * data modules mimic a finder pattern: ZXing's own detector, which many door scanners use, then cannot find or read
 * it. The other masks are tried in the order of their penalty until one reads back, which keeps every printed ticket
 * scannable. Each symbol is read back once: drawing and reading it were most of ticket-service's CPU per booking
 * (docs/perf/profile-2026-12-07.md).
 */
public class ZxingQrCodes implements QrCodes {

    private static final Logger log = LoggerFactory.getLogger(ZxingQrCodes.class);

    /** M recovers ~15 % damage (a creased printout, a scratched phone screen) while keeping modules large. */
    private static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;
    /**
     * In modules: what the QR standard asks scanners to rely on. The pixels that whole-pixel modules leave over add
     * to it.
     */
    private static final int QUIET_ZONE = 4;

    private final MaskedSymbols masked = new MaskedSymbols(ERROR_CORRECTION);
    private final int sizeInPixels;

    public ZxingQrCodes(int sizeInPixels) {
        this.sizeInPixels = sizeInPixels;
    }

    @Override
    public QrSymbol symbol(CheckInPass pass) {
        return readable(pass).symbol();
    }

    @Override
    public byte[] png(CheckInPass pass) {
        return png(image(readable(pass).picture()));
    }

    /** A symbol with the picture it was read back from, which the PNG shows pixel for pixel. */
    private record Checked(QrSymbol symbol, BitMatrix picture) {
    }

    private Checked readable(CheckInPass pass) {
        List<MaskedSymbols.Masked> maskings;
        try {
            maskings = masked.of(pass.token());
        } catch (WriterException e) {
            throw new IllegalStateException(
                    "A pass of " + pass.token().length() + " characters does not fit a QR code", e);
        }
        Checked checked = null;
        for (MaskedSymbols.Masked masking : maskings) {
            checked = checked(masking);
            if (readsBack(checked.picture(), pass)) {
                return checked;
            }
        }
        log.warn("No mask pattern made a pass of {} characters readable by ZXing; handing out the last one",
                pass.token().length());
        return checked;
    }

    /**
     * The symbol laid out as ZXing's QRCodeWriter lays out its picture, a unit a pixel: whole pixels a module,
     * centred, the pixels that do not divide evenly added to the quiet zone.
     */
    private Checked checked(MaskedSymbols.Masked masking) {
        int modules = masking.modules();
        int moduleEdge = sizeInPixels / (modules + 2 * QUIET_ZONE);
        QrSymbol symbol = new QrSymbol(modules, masking.dark(), moduleEdge, sizeInPixels);
        return new Checked(symbol, picture(symbol));
    }

    /**
     * Reads the symbol back from its picture, a bit a pixel: what binarising its grey levels gives for a picture that
     * has only black and white (ZxingQrCodesTest reads every picture the long way, through ZXing's HybridBinarizer).
     * Binarising 360,000 grey levels was half of the read-back. Checking a rendering at three pixels a module instead
     * accepted symbols that ZXing then could not read at 600 pixels.
     */
    private static boolean readsBack(BitMatrix picture, CheckInPass pass) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new BlackAndWhite(picture))).getText()
                    .equals(pass.token());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static BitMatrix picture(QrSymbol symbol) {
        int moduleEdge = symbol.moduleEdge();
        int margin = symbol.margin();
        BitMatrix picture = new BitMatrix(symbol.edge());
        for (int row = 0; row < symbol.modules(); row++) {
            for (int column = 0; column < symbol.modules(); column++) {
                if (symbol.isDark(column, row)) {
                    picture.setRegion(margin + column * moduleEdge, margin + row * moduleEdge, moduleEdge, moduleEdge);
                }
            }
        }
        return picture;
    }

    /** A picture already black and white, handed to ZXing's reader as its binariser's result. */
    private static final class BlackAndWhite extends Binarizer {

        private final BitMatrix picture;

        BlackAndWhite(BitMatrix picture) {
            super(new Dimensions(picture.getWidth(), picture.getHeight()));
            this.picture = picture;
        }

        @Override
        public BitArray getBlackRow(int y, BitArray row) {
            return picture.getRow(y, row);
        }

        @Override
        public BitMatrix getBlackMatrix() {
            return picture;
        }

        @Override
        public Binarizer createBinarizer(LuminanceSource source) {
            throw new UnsupportedOperationException("a picture already black and white has no grey levels");
        }
    }

    /** The size of a picture with no grey levels: the reader asks a binariser's source for nothing else. */
    private static final class Dimensions extends LuminanceSource {

        Dimensions(int width, int height) {
            super(width, height);
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            throw new UnsupportedOperationException("a picture already black and white has no grey levels");
        }

        @Override
        public byte[] getMatrix() {
            throw new UnsupportedOperationException("a picture already black and white has no grey levels");
        }
    }

    /**
     * One bit per pixel, packed from the picture: MatrixToImageWriter sets 360,000 RGB pixels one by one. (The PNG
     * is the same either way: the encoder writes two colours with a palette.)
     */
    private static BufferedImage image(BitMatrix picture) {
        int edge = picture.getWidth();
        // the default palette of a binary image: index 0 is black, 1 white; 8 pixels a byte, the leftmost highest
        BufferedImage image = new BufferedImage(edge, edge, BufferedImage.TYPE_BYTE_BINARY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int bytesPerRow = (edge + 7) / 8;
        for (int y = 0; y < edge; y++) {
            for (int x = 0; x < edge; x++) {
                if (!picture.get(x, y)) {
                    pixels[y * bytesPerRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
