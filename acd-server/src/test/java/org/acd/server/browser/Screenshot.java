package org.acd.server.browser;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * A PNG a browser wrote, read with ImageIO, with the questions the screenshot tests ask of it:
 * where a colour appears, how tall it stands in one column, how many colours there are at all.
 * Colours are 0xRRGGBB and match exactly: the charts' flat fills come out as drawn. Immutable.
 */
public final class Screenshot {

    private final BufferedImage image;

    private Screenshot(BufferedImage image) {
        this.image = image;
    }

    public static Screenshot read(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                throw new IllegalStateException(png + " is not an image ImageIO can read");
            }
            return new Screenshot(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + png, e);
        }
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** The smallest rectangle holding every pixel of {@code rgb}, or null when there is none. */
    public Rectangle boundsOf(int rgb) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (is(x, y, rgb)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** How many pixels of column {@code x} have the colour {@code rgb}. */
    public int heightOf(int rgb, int x) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            if (is(x, y, rgb)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The leftmost bar of colour {@code rgb} among those standing on the lowest row where the colour
     * appears, or null when it does not: its width along that row, its height counted upward in a
     * column two pixels in from its left edge. A legend swatch of the same colour higher up does not
     * count.
     */
    public Rectangle lowestBar(int rgb) {
        Rectangle bounds = boundsOf(rgb);
        if (bounds == null) {
            return null;
        }
        int bottom = bounds.y + bounds.height - 1;
        int left = bounds.x;
        while (!is(left, bottom, rgb)) {
            left++;
        }
        int right = left;
        while (right + 1 < image.getWidth() && is(right + 1, bottom, rgb)) {
            right++;
        }
        int x = Math.min(left + 2, right);
        int height = 0;
        while (bottom - height >= 0 && is(x, bottom - height, rgb)) {
            height++;
        }
        return new Rectangle(left, bottom - height + 1, right - left + 1, height);
    }

    /** How many pixels in {@code area} have the colour {@code rgb}. */
    public int count(int rgb, Rectangle area) {
        int count = 0;
        for (int y = Math.max(0, area.y); y < Math.min(image.getHeight(), area.y + area.height); y++) {
            for (int x = Math.max(0, area.x); x < Math.min(image.getWidth(), area.x + area.width); x++) {
                if (is(x, y, rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The number of different colours in the image: a blank page has one or two. */
    public int colourCount() {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    private boolean is(int x, int y, int rgb) {
        return (image.getRGB(x, y) & 0xFFFFFF) == rgb;
    }
}
