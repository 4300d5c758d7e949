package com.evently.ticketing.ticket.adapter.out.qr;

import com.evently.ticketing.ticket.domain.CheckInPass;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ZxingQrCodesTest {

    /** With ZXing's default mask choice about one in forty of these was unreadable. */
    private static final int PASSES = 200;

    @Test
    void everyPassReadsBackFromItsPicture() throws IOException {
        Random random = new Random(20261206);
        ZxingQrCodes codes = new ZxingQrCodes(600);
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < PASSES; i++) {
            CheckInPass pass = new CheckInPass(passShapedToken(random));
            if (!pass.token().equals(read(codes.png(pass)))) {
                unreadable.add(pass.token());
            }
        }
        assertThat(unreadable).isEmpty();
    }

    /** Three base64url parts like a compact JWS of 256 to 380 characters. */
    private static String passShapedToken(Random random) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        byte[] header = new byte[24];
        byte[] claims = new byte[100 + random.nextInt(100)];
        byte[] signature = new byte[64];
        random.nextBytes(header);
        random.nextBytes(claims);
        random.nextBytes(signature);
        return base64.encodeToString(header) + "." + base64.encodeToString(claims) + "." + base64.encodeToString(signature);
    }

    private static String read(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                    .getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}
