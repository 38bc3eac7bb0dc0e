package org.neurotd.forecast;

/** The probe sequences of a forecast trial, by their name in forecast.csv. */
public enum Sequence {
	/** The first cue only, then the small reward it forecasts. */
	STEADY("steady"),
	/** The first cue, a second cue that raises the forecast, then the large reward. */
	RAISED("raised"),
	/** The first cue only, then the large reward nothing forecast (never trained). */
	SURPRISE("surprise");

	private final String key;

	Sequence(String key) {
		this.key = key;
	}

	/** The name in forecast.csv. */
	public String key() {
		return key;
	}
}
