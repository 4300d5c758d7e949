package com.evently.ticketing.ticket.adapter.out.qr;

import com.evently.ticketing.ticket.application.port.out.QrCodes;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * QR codes drawn by ZXing as black-on-white PNG, each one read back before it is handed out.
 *
 * <p>About one signed pass in forty comes out, with the mask ZXing's penalty rules pick, as a symbol whose data
 * modules mimic a finder pattern: ZXing's own detector, which many door scanners use, then cannot find or read it.
 * Trying the other masks until one reads back costs a millisecond and keeps every printed ticket scannable. Each
 * picture is read back once: drawing and reading it were most of ticket-service's CPU per booking
 * (docs/perf/profile-2026-12-07.md).
 */
public class ZxingQrCodes implements QrCodes {

    private static final Logger log = LoggerFactory.getLogger(ZxingQrCodes.class);

    /**
     * M recovers ~15 % damage (a creased printout, a scratched phone screen) while keeping modules large;
     * four modules of quiet zone are what the QR standard asks scanners to rely on.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 4);
    private static final int MASK_PATTERNS = 8;

    private final int sizeInPixels;

    public ZxingQrCodes(int sizeInPixels) {
        this.sizeInPixels = sizeInPixels;
    }

    @Override
    public byte[] png(CheckInPass pass) {
        BitMatrix modules = encode(pass, HINTS);
        boolean readable = readsBack(modules, pass);
        for (int mask = 0; mask < MASK_PATTERNS && !readable; mask++) {
            Map<EncodeHintType, Object> withMask = new HashMap<>(HINTS);
            withMask.put(EncodeHintType.QR_MASK_PATTERN, mask);
            modules = encode(pass, withMask);
            readable = readsBack(modules, pass);
        }
        if (!readable) {
            log.warn("No mask pattern made a pass of {} characters readable by ZXing; handing out the last one",
                    pass.token().length());
        }
        return png(image(modules));
    }

    /** The symbol at full size: one bit per pixel, set where the pixel is dark. */
    private BitMatrix encode(CheckInPass pass, Map<EncodeHintType, Object> hints) {
        try {
            return new QRCodeWriter().encode(pass.token(), BarcodeFormat.QR_CODE, sizeInPixels, sizeInPixels, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("A pass of " + pass.token().length() + " characters does not fit a QR code", e);
        }
    }

    /**
     * One bit per pixel, packed straight from ZXing's matrix rows: MatrixToImageWriter sets 360,000 RGB pixels one by
     * one. (The PNG is the same either way: the encoder writes two colours with a palette.)
     */
    private static BufferedImage image(BitMatrix modules) {
        int width = modules.getWidth();
        int height = modules.getHeight();
        // the default palette of a binary image: index 0 is black, 1 white; 8 pixels a byte, the leftmost highest
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int bytesPerRow = (width + 7) / 8;
        BitArray row = new BitArray(width);
        for (int y = 0; y < height; y++) {
            row = modules.getRow(y, row);
            for (int x = 0; x < width; x++) {
                if (!row.get(x)) {
                    pixels[y * bytesPerRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return image;
    }

    /**
     * Reads the full-size symbol back as the picture's grey levels (0 dark, 255 light: what ZXing's own
     * BufferedImageLuminanceSource makes of a black-and-white image, without asking the picture for each pixel's RGB,
     * which was a seventh of this service's CPU under load). Checking a rendering at three pixels a module instead,
     * ten times cheaper, accepted symbols that ZXing then could not read at 600 pixels (ZxingQrCodesTest).
     */
    private static boolean readsBack(BitMatrix modules, CheckInPass pass) {
        int width = modules.getWidth();
        int height = modules.getHeight();
        byte[] luminance = new byte[width * height];
        BitArray row = new BitArray(width);
        for (int y = 0; y < height; y++) {
            row = modules.getRow(y, row);
            for (int x = 0; x < width; x++) {
                if (!row.get(x)) {
                    luminance[y * width + x] = (byte) 0xFF;
                }
            }
        }
        LuminanceSource source = new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText()
                    .equals(pass.token());
        } catch (ReaderException e) {
            return false;
        }
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
