package com.evently.ticketing.deploy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads QR codes the way a scanner at the entrance would: from the picture, not from the file's internals. */
final class QrCodes {

    /** A printed page seen by a phone camera is roughly this sharp. */
    private static final int PDF_DPI = 200;

    private static final Map<DecodeHintType, Object> QR_ONLY = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrCodes() {
    }

    static String fromPng(byte[] png) throws IOException, NotFoundException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("not an image ImageIO can read (" + png.length + " bytes)");
        }
        return decode(image);
    }

    static String fromFirstPdfPage(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return decode(new PDFRenderer(document).renderImageWithDPI(0, PDF_DPI));
        }
    }

    /**
     * ZXing's detector misses about one valid code in a hundred when it scans the picture one way only (a run of
     * data modules passes for a finder pattern); turning the picture, as someone holding a scanner would, finds
     * each of them.
     */
    private static String decode(BufferedImage image) throws NotFoundException {
        BufferedImage view = image;
        NotFoundException notFound = null;
        for (int quarterTurn = 0; quarterTurn < 4; quarterTurn++) {
            try {
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(view)));
                return new MultiFormatReader().decode(bitmap, QR_ONLY).getText();
            } catch (NotFoundException notFoundThisWay) {
                notFound = notFoundThisWay;
            }
            view = turnedAQuarter(view);
        }
        throw notFound;
    }

    private static BufferedImage turnedAQuarter(BufferedImage image) {
        BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.translate(image.getHeight(), 0);
            graphics.rotate(Math.PI / 2);
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }
}
