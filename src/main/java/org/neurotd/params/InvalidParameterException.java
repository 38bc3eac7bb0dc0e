package org.neurotd.params;

/**
 * A parameter value outside what the model accepts. The message names the parameter, the
 * value given and the values allowed, so every front end can show it as it is.
 */
public class InvalidParameterException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String parameter;
	private final String problem;

	/** @param parameter the user-facing parameter name (the macro/CLI key) */
	public InvalidParameterException(String parameter, Object value, String allowed) {
		super(parameter + "=" + value + " is not allowed: " + allowed);
		this.parameter = parameter;
		this.problem = null;
	}

	/** For problems with an input that are not about one value's range (e.g. a file). */
	public InvalidParameterException(String parameter, String message) {
		super(parameter + ": " + message);
		this.parameter = parameter;
		this.problem = message;
	}

	/**
	 * The same problem, saying which input had it, e.g. {@code recording: 'cells.tif' has no
	 * metadata}; for the range form, which already shows the value, this exception itself.
	 */
	public InvalidParameterException naming(String value) {
		return problem == null ? this : new InvalidParameterException(parameter, "'" + value + "' " + problem);
	}

	/** The parameter (macro/CLI key) at fault. */
	public String parameter() {
		return parameter;
	}
}
