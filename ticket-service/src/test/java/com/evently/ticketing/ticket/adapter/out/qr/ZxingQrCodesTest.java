package com.evently.ticketing.ticket.adapter.out.qr;

import com.evently.ticketing.ticket.PassShapedTokens;
import com.evently.ticketing.ticket.application.port.out.QrSymbol;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.detector.Detector;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ZxingQrCodesTest {

    /** With ZXing's default mask choice about one in forty of these was unreadable. */
    private static final int PASSES = 200;

    private final ZxingQrCodes codes = new ZxingQrCodes(600);

    @Test
    void everyPassReadsBackFromItsPicture() throws IOException {
        Random random = new Random(20261206);
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < PASSES; i++) {
            CheckInPass pass = PassShapedTokens.next(random);
            if (!pass.token().equals(read(codes.png(pass)))) {
                unreadable.add(pass.token());
            }
        }
        assertThat(unreadable).isEmpty();
    }

    /** So the symbol a PDF draws is the one that was read back: the same passes, the mask retries among them. */
    @Test
    void pictureShowsTheSymbolModuleForModule() throws IOException, ReaderException {
        Random random = new Random(20261206);
        for (int i = 0; i < PASSES; i++) {
            CheckInPass pass = PassShapedTokens.next(random);
            QrSymbol symbol = codes.symbol(pass);

            BitMatrix seen = new Detector(bitmap(codes.png(pass)).getBlackMatrix()).detect().getBits();

            assertThat(seen.getWidth()).isEqualTo(symbol.modules());
            for (int row = 0; row < symbol.modules(); row++) {
                for (int column = 0; column < symbol.modules(); column++) {
                    assertThat(seen.get(column, row)).as("module (%d, %d) of %s", column, row, pass)
                            .isEqualTo(symbol.isDark(column, row));
                }
            }
        }
    }

    private static String read(byte[] png) throws IOException {
        try {
            return new QRCodeReader().decode(bitmap(png)).getText();
        } catch (ReaderException e) {
            return null;
        }
    }

    private static BinaryBitmap bitmap(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    }
}
