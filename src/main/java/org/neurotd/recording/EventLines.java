package org.neurotd.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.task.TrialEvent;
import org.neurotd.task.TrialEvents;

/**
 * The per-trial event table as metadata lines: {@code events = cue,cue_ms,outcome,outcome_ms,size,choice}
 * names the columns, then {@code event.K = cs,500,reward,1500,1.0,} holds trial K (from 1); an
 * empty choice means the paradigm asked for none.
 */
final class EventLines {

	static final String COLUMNS_KEY = "events";
	private static final String ROW_KEY = "event.";
	private static final String COLUMNS = String.join(",", TrialEvents.COLUMNS.subList(1, TrialEvents.COLUMNS.size()));

	private EventLines() {}

	static void write(TrialEvents events, Map<String, String> m) {
		m.put(COLUMNS_KEY, COLUMNS);
		for (int k = 0; k < events.size(); k++) {
			TrialEvent e = events.get(k);
			m.put(ROW_KEY + (k + 1), e.cue() + "," + e.cueMs() + "," + e.outcome() + "," + e.outcomeMs() + ","
				+ e.size() + "," + e.choice().orElse(""));
		}
	}

	/** The events of {@code trials} trials. */
	static TrialEvents read(Map<String, String> m, int trials) {
		if (!COLUMNS.equals(m.get(COLUMNS_KEY))) throw corrupted(COLUMNS_KEY + " must be '" + COLUMNS + "'");
		List<TrialEvent> events = new ArrayList<>(trials);
		for (int k = 1; k <= trials; k++) {
			String row = m.get(ROW_KEY + k);
			if (row == null) throw corrupted("no '" + ROW_KEY + k + "'");
			String[] f = row.split(",", -1);
			if (f.length != 6) throw corrupted(ROW_KEY + k + " = '" + row + "' does not have the columns " + COLUMNS);
			try {
				events.add(new TrialEvent(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]),
					Double.parseDouble(f[4]), f[5].isEmpty() ? Optional.empty() : Optional.of(f[5])));
			}
			catch (NumberFormatException e) {
				throw corrupted(ROW_KEY + k + " = '" + row + "' has a time or size that is not a number");
			}
		}
		return new TrialEvents(events);
	}

	private static InvalidParameterException corrupted(String what) {
		return new InvalidParameterException("recording", "has corrupted metadata: " + what);
	}
}
