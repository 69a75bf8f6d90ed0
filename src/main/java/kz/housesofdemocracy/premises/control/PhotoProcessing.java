package kz.housesofdemocracy.premises.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import kz.housesofdemocracy.platform.Refusal;

/**
 * Turns an uploaded file into a photo we are willing to serve. The type is read from the file's
 * first bytes (never from its name or declared type), the dimensions from its header before any
 * pixel is decoded (so a small file that unpacks into gigabytes is refused unread), and the image
 * is re-encoded as a JPEG of at most 1600 px on its long side: what is served is always our own
 * encoding, without the original's metadata (cameras put GPS positions there).
 */
public final class PhotoProcessing {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 10_000;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int DISPLAY_SIDE = 1600;

    private PhotoProcessing() {}

    /** A checked, resized, re-encoded photo. */
    public record Processed(byte[] jpeg, int width, int height) {}

    public static Processed process(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw Refusal.invalid("photo", "validation.photo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw Refusal.invalid("photo", "validation.photo.tooBig", MAX_BYTES / (1024 * 1024));
        }
        String format = formatOf(upload);
        BufferedImage image = decodeWithinLimits(upload, format);
        BufferedImage display = scaled(image);
        return new Processed(jpeg(display), display.getWidth(), display.getHeight());
    }

    /** "jpeg" or "png" from the magic numbers; anything else is refused. */
    static String formatOf(byte[] data) {
        if (data.length > 3
                && (data[0] & 0xFF) == 0xFF
                && (data[1] & 0xFF) == 0xD8
                && (data[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (data.length > png.length) {
            boolean match = true;
            for (int i = 0; i < png.length; i++) {
                match &= data[i] == png[i];
            }
            if (match) {
                return "png";
            }
        }
        throw Refusal.invalid("photo", "validation.photo.type");
    }

    private static BufferedImage decodeWithinLimits(byte[] data, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw Refusal.invalid("photo", "validation.photo.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0
                        || height <= 0
                        || width > MAX_SIDE
                        || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw Refusal.invalid("photo", "validation.photo.dimensions", MAX_SIDE);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw Refusal.invalid("photo", "validation.photo.unreadable");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof Refusal refusal) {
                throw refusal;
            }
            throw Refusal.invalid("photo", "validation.photo.unreadable");
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        double factor = longSide > DISPLAY_SIDE ? (double) DISPLAY_SIDE / longSide : 1.0;
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE); // transparent PNG areas become white
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("could not encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
