package org.neurotd.it.drivers;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.Menus;
import ij.WindowManager;

import java.awt.Frame;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;

import javax.imageio.ImageIO;

/**
 * What a person sees in plain ImageJ with the plugin: Simulate Population run to its PSTH plot,
 * then the Plugins > Dopamine TD menu opened over it; the screen saved as PNG. Arguments: the
 * PNG path, the options of Simulate Population. Prints the titles of the open windows.
 */
public final class Screenshot {

	private Screenshot() {}

	/** Entry point (under Xvfb, with the plugin in ImageJ's plugins folder). */
	public static void main(String[] args) throws Exception {
		try {
			capture(new File(args[0]), args[1]);
			System.exit(0);
		}
		catch (Exception e) {
			e.printStackTrace(System.out);
			System.exit(1);
		}
	}

	private static void capture(File png, String options) throws Exception {
		ImageJ ij = new ImageJ();
		ij.setLocation(0, 0);
		IJ.run("Simulate Population", options);
		arrange(ij);
		Robot robot = new Robot();
		Thread.sleep(500);
		// focus ImageJ's window (its status bar), then open the menu bar with F10 as a keyboard user does
		Rectangle b = ij.getBounds();
		robot.mouseMove(b.x + 40, b.y + b.height - 8);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		Thread.sleep(300);
		press(robot, KeyEvent.VK_F10); // opens File, its first item selected
		// Left moves along the menu bar (Right would open the selected item's submenu)
		int menus = ij.getMenuBar().getMenuCount();
		for (int i = 0; i < (menus - menuIndex(ij, "Plugins")) % menus; i++) press(robot, KeyEvent.VK_LEFT);
		for (int i = 0; i < itemIndex(Menus.getImageJMenu("Plugins"), "Dopamine TD"); i++) press(robot, KeyEvent.VK_DOWN);
		press(robot, KeyEvent.VK_RIGHT);
		Thread.sleep(800);
		BufferedImage screen = robot.createScreenCapture(windowsArea());
		ImageIO.write(screen, "png", png);
		for (Window w : Window.getWindows()) {
			if (w.isShowing() && w instanceof Frame f) System.out.println("window: " + f.getTitle());
		}
	}

	/** The part of the screen the windows cover (the menus open inside it). */
	private static Rectangle windowsArea() {
		Rectangle area = new Rectangle();
		for (Window w : Window.getWindows()) {
			if (w.isShowing()) area = area.union(w.getBounds());
		}
		return area.intersection(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
	}

	/** ImageJ top left, the recording below it, the PSTH plot below that, the Log to the right. */
	private static void arrange(ImageJ ij) {
		int y = ij.getY() + ij.getHeight() + 8;
		for (int id : WindowManager.getIDList()) {
			ImagePlus imp = WindowManager.getImage(id);
			if (imp.getWindow() != null && !imp.getTitle().contains("PSTH")) {
				imp.getWindow().setLocation(0, y);
				y += imp.getWindow().getHeight() + 8;
			}
		}
		for (int id : WindowManager.getIDList()) {
			ImagePlus imp = WindowManager.getImage(id);
			if (imp.getWindow() != null && imp.getTitle().contains("PSTH")) imp.getWindow().setLocation(0, y);
		}
		Frame log = WindowManager.getFrame("Log");
		if (log != null) log.setBounds(660, 250, 400, 120);
		Frame table = WindowManager.getFrame("PSTH");
		if (table != null) table.setVisible(false);
	}

	private static void press(Robot robot, int key) throws InterruptedException {
		robot.keyPress(key);
		robot.keyRelease(key);
		Thread.sleep(200); // let the menu open before the next key (waitForIdle can take seconds)
	}

	private static int menuIndex(ImageJ ij, String label) {
		for (int i = 0; i < ij.getMenuBar().getMenuCount(); i++) {
			if (ij.getMenuBar().getMenu(i).getLabel().equals(label)) return i;
		}
		throw new IllegalStateException("no menu " + label);
	}

	/** Position of an item among the menu's items, separators not counted (the keyboard skips them). */
	private static int itemIndex(Menu menu, String label) {
		int n = 0;
		for (int i = 0; i < menu.getItemCount(); i++) {
			MenuItem item = menu.getItem(i);
			if (item.getLabel().equals(label)) return n;
			if (!item.getLabel().equals("-")) n++;
		}
		throw new IllegalStateException("no item " + label + " in " + menu.getLabel());
	}
}
