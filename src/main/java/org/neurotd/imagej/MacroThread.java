package org.neurotd.imagej;

import ij.Macro;

import java.lang.reflect.Field;
import java.util.Map;

import org.scijava.thread.ThreadService;

/**
 * The options of the ImageJ macro line that runs a command, seen from the thread SciJava runs
 * the command on. ImageJ keeps options per thread, for the macro's thread; SciJava runs a
 * command on a thread of its own, whose parent (as the ThreadService records it) is the macro's.
 * Only that command takes the options: one it runs in turn (as Reproduce re-runs a saved
 * command) is a grandchild of the macro's thread and gets none. (Fiji's patched ImageJ makes
 * {@code Macro.getOptions()} look at every ancestor, which would hand them to both.)
 */
final class MacroThread {

	/** ImageJ's table of each thread's options, or null if this ImageJ keeps them elsewhere. */
	private static final Field TABLE = table();

	private MacroThread() {}

	/** The macro options of this thread or of the thread that started it, or null. */
	static String options(ThreadService threads) {
		if (TABLE == null) return Macro.getOptions(); // ImageJ's own look-up
		Thread current = Thread.currentThread();
		String own = optionsOf(current);
		if (own != null) return own;
		Thread parent = threads == null ? null : threads.getParent(current);
		return parent == null ? null : optionsOf(parent);
	}

	/**
	 * The options ImageJ holds for {@code thread} itself, as {@code Macro.getOptions()} returns
	 * them on it in plain ImageJ ("Run$_" is ImageJ's mark of a thread running a macro command).
	 */
	private static String optionsOf(Thread thread) {
		try {
			Object options = ((Map<?, ?>) TABLE.get(null)).get(thread);
			return options != null && thread.getName().startsWith("Run$_") ? options + " " : null;
		}
		catch (IllegalAccessException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * ImageJ offers no public way to ask for another thread's options, so its table is read
	 * directly; should a future ImageJ keep them elsewhere, {@code Macro.getOptions()} is used.
	 */
	private static Field table() {
		try {
			Field table = Macro.class.getDeclaredField("table");
			table.setAccessible(true);
			return Map.class.isAssignableFrom(table.getType()) ? table : null;
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}
