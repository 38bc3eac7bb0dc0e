package org.neurotd.ij1;

import ij.ImagePlus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * A heat map of a matrix (rows down, columns across) on a diverging scale centred on 0, with
 * axes, ticks, a title and a colour bar; several side by side make one figure.
 */
public final class Heatmap {

	private static final int LEFT = 62, RIGHT = 86, TOP = 34, BOTTOM = 46;
	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12), TITLE = FONT.deriveFont(Font.BOLD, 13f);

	/**
	 * One panel.
	 *
	 * @param title what is shown
	 * @param values rows x columns
	 * @param columnStart x value at the left edge of column 0; {@code columnWidth} per column
	 * @param rowStart y value of row 0 (rows are numbered up from it)
	 * @param limit the value shown at full colour (either sign)
	 * @param xLabel x axis with its unit; {@code yLabel} and {@code barLabel} alike
	 * @param markedRows rows marked by a tick on the right of the map (e.g. trials whose reward was withheld)
	 * @param lineRow a row above which a dashed line is drawn (e.g. where extinction starts), -1 for none
	 */
	public record Panel(String title, double[][] values, double columnStart, double columnWidth, int rowStart,
		double limit, String xLabel, String yLabel, String barLabel, List<Integer> markedRows, int lineRow) {}

	private Heatmap() {}

	/** The panels side by side under {@code title}, with {@code caption} lines below them. */
	public static ImagePlus figure(String title, List<Panel> panels, List<String> caption, int cellWidth,
		int cellHeight)
	{
		Panel first = panels.get(0);
		int mapW = first.values()[0].length * cellWidth, mapH = first.values().length * cellHeight;
		int panelW = LEFT + mapW + RIGHT, panelH = TOP + mapH + BOTTOM;
		int head = 28, foot = 8 + 16 * caption.size();
		BufferedImage image = new BufferedImage(panelW * panels.size(), head + panelH + foot, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(TITLE.deriveFont(15f));
		g.drawString(title, 10, 20);
		for (int k = 0; k < panels.size(); k++) {
			Graphics2D p = (Graphics2D) g.create(k * panelW, head, panelW, panelH);
			draw(p, panels.get(k), cellWidth, cellHeight);
			p.dispose();
		}
		g.setFont(FONT);
		for (int i = 0; i < caption.size(); i++) g.drawString(caption.get(i), 10, head + panelH + 14 + 16 * i);
		g.dispose();
		return new ImagePlus(title, image);
	}

	private static void draw(Graphics2D g, Panel p, int cw, int ch) {
		int rows = p.values().length, cols = p.values()[0].length, w = cols * cw, h = rows * ch;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				g.setColor(colour(p.values()[r][c] / p.limit()));
				g.fillRect(LEFT + c * cw, TOP + r * ch, cw, ch);
			}
		}
		g.setColor(Color.BLACK);
		g.setFont(TITLE);
		g.drawString(p.title(), LEFT, TOP - 10);
		g.setFont(FONT);
		g.drawRect(LEFT, TOP, w, h);
		xAxis(g, p, cw, w, h);
		yAxis(g, p, ch, h);
		marks(g, p, ch, w);
		colourBar(g, p, w, h);
	}

	private static void xAxis(Graphics2D g, Panel p, int cw, int w, int h) {
		double span = p.values()[0].length * p.columnWidth(), tick = niceStep(span / 5);
		for (double x = Math.ceil(p.columnStart() / tick) * tick; x <= p.columnStart() + span + 1e-9; x += tick) {
			int px = LEFT + (int) Math.round((x - p.columnStart()) / p.columnWidth() * cw);
			g.drawLine(px, TOP + h, px, TOP + h + 4);
			centred(g, number(x), px, TOP + h + 17);
		}
		centred(g, p.xLabel(), LEFT + w / 2, TOP + h + 36);
	}

	private static void yAxis(Graphics2D g, Panel p, int ch, int h) {
		int rows = p.values().length;
		double tick = niceStep(rows / 5.0);
		for (double y = Math.ceil(p.rowStart() / tick) * tick; y < p.rowStart() + rows; y += tick) {
			int py = TOP + (int) Math.round((y - p.rowStart() + 0.5) * ch);
			g.drawLine(LEFT - 4, py, LEFT, py);
			String s = number(y);
			g.drawString(s, LEFT - 7 - g.getFontMetrics().stringWidth(s), py + 4);
		}
		AffineTransform saved = g.getTransform();
		g.rotate(-Math.PI / 2);
		centred(g, p.yLabel(), -(TOP + h / 2), 16);
		g.setTransform(saved);
	}

	private static void marks(Graphics2D g, Panel p, int ch, int w) {
		for (int row : p.markedRows()) {
			int py = TOP + row * ch + ch / 2;
			g.drawLine(LEFT + w + 1, py, LEFT + w + 7, py);
		}
		if (p.lineRow() >= 0) {
			int py = TOP + p.lineRow() * ch;
			g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 5, 4 }, 0));
			g.drawLine(LEFT, py, LEFT + w, py);
			g.setStroke(new BasicStroke(1));
		}
	}

	private static void colourBar(Graphics2D g, Panel p, int w, int h) {
		int x = LEFT + w + 14, bar = 12;
		for (int y = 0; y < h; y++) {
			g.setColor(colour(1 - 2.0 * y / (h - 1)));
			g.drawLine(x, TOP + y, x + bar, TOP + y);
		}
		g.setColor(Color.BLACK);
		g.drawRect(x, TOP, bar, h);
		for (int i = 0; i <= 2; i++) {
			int py = TOP + i * (h - 1) / 2;
			g.drawLine(x + bar, py, x + bar + 3, py);
			g.drawString(number(p.limit() * (1 - i)), x + bar + 5, py + 4);
		}
		AffineTransform saved = g.getTransform();
		g.rotate(Math.PI / 2);
		centred(g, p.barLabel(), TOP + h / 2, -(x + bar + 44));
		g.setTransform(saved);
	}

	/** Blue (-1) through white (0) to red (+1), clipped. */
	static Color colour(double v) {
		double a = Math.max(-1, Math.min(1, Double.isNaN(v) ? 0 : v));
		int fade = (int) Math.round(255 * (1 - Math.abs(a)));
		return a >= 0 ? new Color(255, fade, fade) : new Color(fade, fade, 255);
	}

	/** A round tick spacing near {@code raw}: 1, 2 or 5 times a power of ten. */
	static double niceStep(double raw) {
		double p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;
		return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
	}

	private static String number(double v) {
		return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.2g", v);
	}

	private static void centred(Graphics2D g, String s, int x, int y) {
		g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, y);
	}
}
