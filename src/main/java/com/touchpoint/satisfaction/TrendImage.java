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

/** Draws the report's trend chart (index per month against the target) as a PNG; labels are digits only. */
final class TrendImage {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private TrendImage() {
    }

    static byte[] png(List<ReportContent.TrendPoint> points, double target) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double min = Math.min(target, points.stream().filter(p -> p.index() != null)
                    .mapToDouble(ReportContent.TrendPoint::index).min().orElse(target)) - 5;
            double max = Math.max(target, points.stream().filter(p -> p.index() != null)
                    .mapToDouble(ReportContent.TrendPoint::index).max().orElse(target)) + 5;
            min = Math.max(0, Math.floor(min / 5) * 5);
            max = Math.min(100, Math.ceil(max / 5) * 5);
            axes(g, points, min, max);
            g.setColor(new Color(0xC62828));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            int ty = y(target, min, max);
            g.drawLine(LEFT, ty, WIDTH - RIGHT, ty);
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(new Color(0x1565C0));
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

    private static void axes(Graphics2D g, List<ReportContent.TrendPoint> points, double min, double max) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(new Color(0xDDDDDD));
        for (double v = min; v <= max; v += 5) {
            int yv = y(v, min, max);
            g.drawLine(LEFT, yv, WIDTH - RIGHT, yv);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f", v), 10, yv + 4);
            g.setColor(new Color(0xDDDDDD));
        }
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < points.size(); i++) {
            g.drawString(points.get(i).month().toString(), x(i, points.size()) - 22, HEIGHT - 15);
        }
    }

    private static int x(int i, int count) {
        return LEFT + 20 + (int) ((WIDTH - LEFT - RIGHT - 40) * (count == 1 ? 0.5 : i / (double) (count - 1)));
    }

    private static int y(double value, double min, double max) {
        return TOP + (int) ((HEIGHT - TOP - BOTTOM) * (1 - (value - min) / Math.max(1, max - min)));
    }
}
