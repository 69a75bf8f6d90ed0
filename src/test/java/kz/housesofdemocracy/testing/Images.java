package kz.housesofdemocracy.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images for upload tests, made in memory: real ones, and hostile ones. */
public final class Images {

    private Images() {}

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    /** A script with a .jpg name: text, not an image. */
    public static byte[] scriptNamedJpg() {
        return "#!/bin/sh\necho owned > /tmp/owned\n<?php system($_GET['c']); ?>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A valid 1×1 PNG whose header is rewritten to claim 60,000 × 60,000 pixels (3.6 billion): a
     * decoder that believed it would try to allocate ~10 GB.
     */
    public static byte[] decompressionBomb() {
        byte[] png = png(1, 1);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        // signature (8) + IHDR length (4) + "IHDR" (4): width at 16, height at 20, CRC after 13
        // data bytes
        buffer.putInt(16, 60_000);
        buffer.putInt(20, 60_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        buffer.putInt(12 + 4 + 13, (int) crc.getValue());
        return png;
    }

    /** Starts like a JPEG, then is just large. */
    public static byte[] oversizedJpeg(int bytes) {
        byte[] data = new byte[bytes];
        data[0] = (byte) 0xFF;
        data[1] = (byte) 0xD8;
        data[2] = (byte) 0xFF;
        return data;
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 104, 158));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(242, 182, 0));
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
