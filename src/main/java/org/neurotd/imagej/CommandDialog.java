package org.neurotd.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neurotd.imagej.DialogField.Kind;
import org.neurotd.params.InvalidParameterException;
import org.scijava.command.CommandInfo;

/**
 * The inputs of a command from ImageJ 1.x: a dialog shown to a person, or, when a macro runs the
 * command, its options, read here rather than by the dialog so that an omitted key means the
 * command's default (ImageJ's own dialog turns an omitted checkbox off).
 */
final class CommandDialog {

	private final String title;
	private final String description;
	private final List<DialogField> fields;

	CommandDialog(CommandInfo info) {
		this(info.getLabel(), info.getDescription(), DialogField.of(info));
	}

	CommandDialog(String title, String description, List<DialogField> fields) {
		this.title = title;
		this.description = description;
		this.fields = fields;
	}

	/**
	 * The command's inputs, keyed by parameter name, or null if the person cancelled. A macro's
	 * options give them, key by key, the others their defaults; in batch mode a macro line
	 * without options runs with the defaults, since no one could fill in a dialog.
	 *
	 * @throws InvalidParameterException naming the key for an unknown key or a bad value
	 */
	Map<String, Object> read() {
		String options = Macro.getOptions();
		if (options != null || ImageJEntry.batch()) return fromOptions(MacroOptions.parse(options == null ? "" : options));
		GenericDialog gd = new GenericDialog(title);
		for (DialogField f : fields) add(gd, f);
		gd.addHelp(help());
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (DialogField f : fields) inputs.put(f.key(), next(gd, f));
		recordClearedCheckboxes(inputs);
		return inputs;
	}

	/**
	 * ImageJ's Recorder writes a ticked checkbox as its bare key and leaves a cleared one out,
	 * which would replay as the default (on, for compensation): a cleared one is written
	 * {@code key=false}.
	 */
	private void recordClearedCheckboxes(Map<String, Object> inputs) {
		if (!Recorder.record) return;
		for (DialogField f : fields) {
			if (f.kind() == Kind.BOOLEAN && Boolean.FALSE.equals(inputs.get(f.key()))) Recorder.recordOption(f.key(), "false");
		}
	}

	/**
	 * The inputs from macro options: every key checked, a missing key giving the command's
	 * default; numbers, checkboxes and choices read and checked by their declarations, in the
	 * command line's words.
	 */
	Map<String, Object> fromOptions(MacroOptions options) {
		options.requireKnown(keys(), title);
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (DialogField f : fields) {
			String given = options.value(f.key());
			Object value = switch (f.kind()) {
				case INTEGER, NUMBER, CHOICE, TEXT -> given == null ? f.defaultValue() : f.declared().parse(given);
				// a bare key, as ImageJ records a ticked checkbox, is true
				case BOOLEAN -> given == null ? f.defaultValue() : f.declared().parse(given.isEmpty() ? "true" : given);
				case FOLDER -> given == null || given.isBlank() ? f.defaultValue() : new File(given.trim());
				case RECORDING -> recording(given != null ? given.trim() : currentTitle());
			};
			inputs.put(f.key(), value);
		}
		return inputs;
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
