// Parkinson's loss sweep over several seeds, in batch mode, in Fiji's recorded-command form.
//
// Fiji:          Plugins > Macros > Run... (asks for an output folder)
// Plain ImageJ:  ImageJ -batch macros/loss_sweep_seeds.ijm /path/to/output
//
// Each seed gets its own healthy recording, degraded at every loss level and decoded; the
// results (flattening.csv, sweep.csv, flattening.png) go to OUTPUT/seed-N. Then the seed-1
// recording is degraded to 80 % loss and decoded, with both images saved as TIFF.

output = getArgument();
if (output == "")
	output = getDirectory("Choose an output folder");
if (endsWith(output, File.separator))
	output = substring(output, 0, lengthOf(output) - 1);
setBatchMode(true);

seeds = 3;
for (seed = 1; seed <= seeds; seed++) {
	run("Parkinson's Loss Sweep", "neurons=300 trials=5 training=300 probability=0.8 seed=" + seed
		+ " losses=0,0.5,0.7,0.8,0.9,0.95 seeds=1 episodes=400 output=[" + output + File.separator + "seed-" + seed + "]");
}

run("Simulate Population", "neurons=300 trials=5 seed=1 output=[" + output + File.separator + "healthy]");
run("Degrade Population (Parkinson's loss)", "loss=0.8 compensation seed=1 output=[" + output + File.separator + "parkinson]");
run("Decode Value Function", "readout=receptor episodes=400 output=[" + output + File.separator + "decoded]");
print("Dopamine TD sweep written to " + output);
