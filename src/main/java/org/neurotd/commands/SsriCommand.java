package org.neurotd.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.ij1.Plots;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.ssri.DopamineTransporter;
import org.neurotd.ssri.SsriCohort;
import org.neurotd.ssri.SsriKeys;
import org.neurotd.ssri.SsriParameters;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * A cohort on and off an SSRI (hypothesis): per subject, the decoded reward and punishment
 * errors off and on the drug (cohort.csv) and a histogram of reward blunting (blunting.png).
 */
@Plugin(type = Command.class, name = "ssri", priority = 13, menuPath = SsriCommand.MENU_PATH, label = SsriCommand.LABEL,
	description = "Hypothesis: an SSRI pushes serotonin into dopamine terminals through the dopamine transporter and"
		+ " blunts the decoded reward error; per-subject spill-over gives a distribution")
public class SsriCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "SSRI Cohort";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Subjects", description = "Number of subjects in the cohort", min = "1", max = "1000",
		persist = false)
	private int subjects = 20;

	@Parameter(label = "Neurons per population",
		description = "Dopamine and serotonin neurons recorded per subject (each)", min = "1", max = "1000",
		persist = false)
	private int neurons = 40;

	@Parameter(label = "Dose", description = "Fraction of serotonin transporters the drug blocks", min = "0", max = "1",
		stepSize = "0.05", persist = false)
	private double dose = 0.8;

	@Parameter(label = "Spill level",
		description = "Extracellular serotonin (x its drug-free level) above which the dopamine transporter takes"
			+ " it up", min = "1", max = "10", persist = false)
	private double spill_level = 2;

	@Parameter(label = "Spill-over (mean)",
		description = "Mean spill-over coefficient: how much of the serotonin the dopamine transporter takes up is"
			+ " released with dopamine", min = "0", max = "10", persist = false)
	private double spillover = 1;

	@Parameter(label = "Spill-over spread",
		description = "Lognormal sigma of the spill-over coefficient across subjects (0 = all alike)", min = "0",
		max = "2", persist = false)
	private double spillover_spread = 0.5;

	@Parameter(label = "Block the dopamine transporter",
		description = "No serotonin enters dopamine terminals (Zhou et al. 2005)", persist = false)
	private boolean dat_block = false;

	@Parameter(label = "Effect",
		description = "reward_only: the seed's hypothesis, reward blunted, punishment spared; both: the human"
			+ " data's modest loss to reward and punishment alike (Langley et al. 2023)",
		choices = { "reward_only", "both" }, persist = false)
	private String effect = "reward_only";

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same cohort, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder (otherwise the run stops before it starts)",
		persist = false)
	private boolean overwrite = false;
	// END DECLARED INPUTS

	@Override
	public List<Key<?>> keys() {
		List<Key<?>> keys = new ArrayList<>(SsriKeys.BLOCK.keys());
		keys.addAll(List.of(RunKeys.OUTPUT, RunKeys.OVERWRITE));
		return keys;
	}

	@Override
	protected void execute() {
		SsriParameters p = SsriKeys.BLOCK.read(values());
		OutputFolder folder = outputFolder("cohort.csv", "blunting.png");
		List<SsriCohort.Subject> cohort = SsriCohort.run(p);
		double[] blunting = cohort.stream().mapToDouble(SsriCohort.Subject::rewardBlunting).toArray();
		var plot = Plots.histogram("Reward blunting on an SSRI (hypothesis, effect=" + p.effect().key() + ")", blunting,
			0.05, "reward blunting, 1 - reward_on / reward_off", String.format(Locale.ROOT,
				"%d subjects, dose %.2f, serotonin %.2fx%s", p.subjects(), p.dose(),
				DopamineTransporter.extracellularSerotonin(p.dose()), p.datBlock() ? ", dopamine transporter blocked" : ""));
		if (folder != null) {
			folder.text("cohort.csv", SsriCohort.csv(cohort));
			folder.file("blunting.png", f -> Plots.savePng(plot, f));
			commit(folder);
		}
		double reward = cohort.stream().mapToDouble(SsriCohort.Subject::rewardBlunting).average().orElse(Double.NaN);
		double punishment = cohort.stream().mapToDouble(SsriCohort.Subject::punishmentBlunting).average().orElse(Double.NaN);
		info(String.format(Locale.ROOT, "Extracellular serotonin %.2fx its drug-free level; mean blunting (hypothesis):"
			+ " reward %.3f, punishment %.3f", DopamineTransporter.extracellularSerotonin(p.dose()), reward, punishment));
		if (interactive()) plot.show();
	}
}
