package org.neurotd.ij1.plugins;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.util.Tools;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neurotd.ij1.plugins.DialogField.Kind;
import org.neurotd.params.InvalidParameterException;

/**
 * The ImageJ 1.x dialog of a command: shown to a person, or filled from macro options (and
 * recorded by ImageJ's Recorder) when a macro runs the command; without a display, the macro
 * options are read directly.
 */
final class TwinDialog {

	private final String title;
	private final String description;
	private final List<DialogField> fields;

	TwinDialog(String title, String description, List<DialogField> fields) {
		this.title = title;
		this.description = description;
		this.fields = fields;
	}

	/**
	 * The command's inputs, keyed by parameter name, or null if the person cancelled.
	 *
	 * @throws InvalidParameterException naming the key for an unknown key or a bad value
	 */
	Map<String, Object> read() {
		String options = Macro.getOptions();
		if (options != null) {
			MacroOptions parsed = MacroOptions.parse(options);
			parsed.requireKnown(keys(), title);
			String bare = parsed.withBareBooleans(keys(Kind.BOOLEAN));
			if (GraphicsEnvironment.isHeadless()) return readHeadless(MacroOptions.parse(bare));
			Macro.setOptions(bare + " ");
		}
		GenericDialog gd = new GenericDialog(title);
		for (DialogField f : fields) add(gd, f);
		gd.addHelp(help());
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (DialogField f : fields) inputs.put(f.key(), next(gd, f));
		return inputs;
	}

	/**
	 * Without a display there is no dialog (AWT refuses to create one): the options are read as
	 * ImageJ's dialog reads them, a missing key giving the default and a missing checkbox off.
	 */
	private Map<String, Object> readHeadless(MacroOptions options) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (DialogField f : fields) {
			String given = options.value(f.key());
			Object value = switch (f.kind()) {
				case INTEGER -> given == null ? f.defaultValue() : integer(f, parse(f, given));
				case NUMBER -> given == null ? f.defaultValue() : number(f, parse(f, given));
				case BOOLEAN -> given != null;
				case CHOICE -> given == null ? f.defaultValue() : choice(f, given);
				case TEXT -> given == null ? f.defaultValue() : given;
				case FOLDER -> given == null || given.isBlank() ? f.defaultValue() : new File(given.trim());
				case RECORDING -> recording(given != null ? given.trim() : currentTitle());
			};
			inputs.put(f.key(), value);
		}
		return inputs;
	}

	private static double parse(DialogField f, String text) {
		double v = Tools.parseDouble(text.trim());
		if (Double.isNaN(v)) throw new InvalidParameterException(f.key(), text, "a number");
		return v;
	}

	private static String currentTitle() {
		ImagePlus current = WindowManager.getCurrentImage();
		return current == null ? "" : current.getTitle();
	}

	private static void add(GenericDialog gd, DialogField f) {
		String label = f.dialogLabel();
		switch (f.kind()) {
			case INTEGER, NUMBER -> gd.addNumericField(label, ((Number) f.defaultValue()).doubleValue(), f.digits(), 8,
				f.units());
			case BOOLEAN -> gd.addCheckbox(label, (Boolean) f.defaultValue());
			case CHOICE -> gd.addChoice(label, f.choices().toArray(String[]::new), (String) f.defaultValue());
			case TEXT -> gd.addStringField(label, (String) f.defaultValue(), 25);
			case FOLDER -> gd.addDirectoryField(label, f.defaultValue() == null ? "" : f.defaultValue().toString(), 25);
			case RECORDING -> gd.addStringField(label, currentTitle(), 25);
		}
	}

	private static Object next(GenericDialog gd, DialogField f) {
		return switch (f.kind()) {
			case INTEGER -> integer(f, gd.getNextNumber());
			case NUMBER -> number(f, gd.getNextNumber());
			case BOOLEAN -> gd.getNextBoolean();
			case CHOICE -> choice(f, gd.getNextChoice());
			case TEXT -> gd.getNextString();
			case FOLDER -> {
				String path = gd.getNextString().trim();
				yield path.isEmpty() ? null : new File(path);
			}
			case RECORDING -> recording(gd.getNextString().trim());
		};
	}

	private static double number(DialogField f, double v) {
		if (Double.isNaN(v)) throw new InvalidParameterException(f.key(), "NaN", "a number");
		return v;
	}

	private static Object integer(DialogField f, double v) {
		boolean isLong = f.defaultValue() instanceof Long;
		double min = isLong ? Long.MIN_VALUE : Integer.MIN_VALUE, max = isLong ? Long.MAX_VALUE : Integer.MAX_VALUE;
		if (Double.isNaN(v) || v != Math.rint(v) || v < min || v > max) {
			String given = Double.isNaN(v) ? "NaN" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
			throw new InvalidParameterException(f.key(), given, "a whole number");
		}
		return isLong ? (Object) (long) v : (Object) (int) v;
	}

	private static String choice(DialogField f, String value) {
		if (!f.choices().contains(value)) throw new InvalidParameterException(f.key(), value, "one of " + f.choices());
		return value;
	}

	/** The current image or another open image by title, else a recording TIFF by path. */
	private static ImagePlus recording(String value) {
		if (value.isEmpty()) {
			throw new InvalidParameterException("recording", "no image given: open a recording, or give recording=path");
		}
		ImagePlus current = WindowManager.getCurrentImage();
		if (current != null && current.getTitle().equals(value)) return current;
		ImagePlus open = WindowManager.getImage(value);
		if (open != null) return open;
		if (new File(value).isFile()) {
			ImagePlus imp = IJ.openImage(value);
			if (imp != null) return imp;
		}
		throw new InvalidParameterException("recording", value, "the title of an open recording or the path of a"
			+ " recording TIFF");
	}

	private Set<String> keys() {
		return fields.stream().map(DialogField::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	private Set<String> keys(Kind kind) {
		return fields.stream().filter(f -> f.kind() == kind).map(DialogField::key).collect(Collectors.toSet());
	}

	/** The Help button: every key with what it means. */
	private String help() {
		StringBuilder sb = new StringBuilder("<html><h2>").append(title).append("</h2><p>").append(description)
			.append("</p><table><tr><th align=left>key</th><th align=left>meaning</th></tr>");
		for (DialogField f : fields) {
			sb.append("<tr><td>").append(f.key()).append("</td><td>").append(f.label()).append(": ")
				.append(f.description()).append("</td></tr>");
		}
		return sb.append("</table></html>").toString();
	}
}
