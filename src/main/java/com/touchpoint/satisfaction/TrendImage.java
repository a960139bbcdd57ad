package com.touchpoint.satisfaction;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Draws the report's trend chart (index per month against the target) as a PNG at print resolution: axis titles,
 * a legend, the target line labelled with its value and months labelled in the report's language.
 */
final class TrendImage {

    /** The layout size in points (as printed); the image has {@link #SCALE} pixels per point, about 300 dpi. */
    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int SCALE = 4;
    private static final int LEFT = 62;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 58;

    /** The chart's texts in the report's language; {@code months} holds one label per trend point. */
    record Labels(String xAxis, String yAxis, String series, String target, List<String> months) {
    }

    private TrendImage() {
    }

    static byte[] png(List<ReportContent.TrendPoint> points, double target, Labels labels) {
        var image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double min = Math.min(target, points.stream().filter(p -> p.index() != null)
                    .mapToDouble(ReportContent.TrendPoint::index).min().orElse(target)) - 5;
            double max = Math.max(target, points.stream().filter(p -> p.index() != null)
                    .mapToDouble(ReportContent.TrendPoint::index).max().orElse(target)) + 5;
            min = Math.max(0, Math.floor(min / 5) * 5);
            max = Math.min(100, Math.ceil(max / 5) * 5);
            axes(g, points, min, max, labels);
            g.setColor(TARGET);
            g.setStroke(DASHED);
            int ty = y(target, min, max);
            g.drawLine(LEFT, ty, WIDTH - RIGHT, ty);
            g.setFont(font(10));
            g.drawString(labels.target(), WIDTH - RIGHT - g.getFontMetrics().stringWidth(labels.target()), ty - 4);
            legend(g, labels);
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(SERIES);
            g.setFont(font(10));
            Integer lastX = null;
            Integer lastY = null;
            for (int i = 0; i < points.size(); i++) {
                Double index = points.get(i).index();
                if (index == null) {
                    lastX = null;
                    continue;
                }
                int px = x(i, points.size());
                int py = y(index, min, max);
                if (lastX != null) {
                    g.drawLine(lastX, lastY, px, py);
                }
                g.fillOval(px - 4, py - 4, 8, 8);
                g.drawString(String.format(Locale.ROOT, "%.1f", index), px - 14, py - 8);
                lastX = px;
                lastY = py;
            }
        } finally {
            g.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Color SERIES = new Color(0x1565C0);
    private static final Color TARGET = new Color(0xC62828);
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {6, 4}, 0);

    /** A CJK-capable sans-serif font where one is installed, so Chinese labels and digits render alike. */
    private static Font font(int size) {
        Font cjk = new Font("Noto Sans CJK SC", Font.PLAIN, size);
        return cjk.canDisplay('月') ? cjk : new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    private static void legend(Graphics2D g, Labels labels) {
        g.setFont(font(10));
        int x = LEFT;
        int y = 16;
        g.setColor(SERIES);
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(x, y, x + 24, y);
        g.fillOval(x + 8, y - 4, 8, 8);
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.series(), x + 30, y + 4);
        x += 40 + g.getFontMetrics().stringWidth(labels.series()) + 20;
        g.setColor(TARGET);
        g.setStroke(DASHED);
        g.drawLine(x, y, x + 24, y);
        g.setColor(Color.DARK_GRAY);
        g.drawString(labels.target(), x + 30, y + 4);
    }

    private static void axes(Graphics2D g, List<ReportContent.TrendPoint> points, double min, double max, Labels labels) {
        g.setFont(font(10));
        g.setColor(new Color(0xDDDDDD));
        for (double v = min; v <= max; v += 5) {
            int yv = y(v, min, max);
            g.drawLine(LEFT, yv, WIDTH - RIGHT, yv);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f", v), LEFT - 26, yv + 4);
            g.setColor(new Color(0xDDDDDD));
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        for (int i = 0; i < points.size(); i++) {
            String month = labels.months().get(i);
            g.drawString(month, x(i, points.size()) - g.getFontMetrics().stringWidth(month) / 2, HEIGHT - BOTTOM + 16);
        }
        g.setFont(font(11));
        int titleWidth = g.getFontMetrics().stringWidth(labels.xAxis());
        g.drawString(labels.xAxis(), LEFT + (WIDTH - LEFT - RIGHT - titleWidth) / 2, HEIGHT - 12);
        var saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        titleWidth = g.getFontMetrics().stringWidth(labels.yAxis());
        g.drawString(labels.yAxis(), -(TOP + (HEIGHT - TOP - BOTTOM + titleWidth) / 2), 16);
        g.setTransform(saved);
    }

    private static int x(int i, int count) {
        return LEFT + 20 + (int) ((WIDTH - LEFT - RIGHT - 40) * (count == 1 ? 0.5 : i / (double) (count - 1)));
    }

    private static int y(double value, double min, double max) {
        return TOP + (int) ((HEIGHT - TOP - BOTTOM) * (1 - (value - min) / Math.max(1, max - min)));
    }
}
