// Parkinson's loss over several seeds, in Fiji's recorded-command form: runs unchanged in Fiji
// and in plain ImageJ 1.x with the Dopamine TD plugin installed, e.g.
//   ImageJ -batch seed-loss-sweep.ijm /path/to/output
// For each seed: simulate a healthy population, remove a fraction of its neurons at each loss
// level, and decode the TD error and the value a striatal critic learns from what is left.
// Writes, under the output folder:
//   seed<S>/healthy/            raster.tif, psth.csv, td.csv, psth.png
//   seed<S>/loss<L>/            decode.csv, metrics.csv, decode.png
//   seed-loss-sweep.csv         one row per seed and loss: seed and the metrics of metrics.csv
seeds = newArray(1, 2, 3);
losses = newArray(0, 0.5, 0.9);
neurons = 200;
trials = 10;

output = getArgument();
if (output == "")
	output = getDirectory("Where to save the sweep");
if (endsWith(output, "/") || endsWith(output, "\\"))
	output = substring(output, 0, lengthOf(output) - 1);
setBatchMode(true);
run("Clear Results");
row = 0;
for (s = 0; s < seeds.length; s++) {
	seedFolder = output + File.separator + "seed" + seeds[s];
	run("Simulate Population", "neurons=" + neurons + " trials=" + trials + " seed=" + seeds[s]
		+ " output=[" + seedFolder + File.separator + "healthy]");
	healthy = getImageID();
	for (l = 0; l < losses.length; l++) {
		selectImage(healthy);
		run("Degrade Population (Parkinson's loss)", "loss=" + losses[l] + " compensation=true seed=" + seeds[s]);
		degraded = getImageID();
		lossFolder = seedFolder + File.separator + "loss" + losses[l];
		run("Decode Value Function", "readout=receptor output=[" + lossFolder + "]");
		// metrics.csv: a header line and one line of numbers
		lines = split(File.openAsString(lossFolder + File.separator + "metrics.csv"), "\n");
		names = split(lines[0], ",");
		values = split(lines[1], ",");
		setResult("seed", row, seeds[s]);
		for (c = 0; c < names.length; c++)
			setResult(names[c], row, parseFloat(values[c]));
		row++;
		selectImage(degraded);
		close();
	}
	close("*");
}
updateResults();
saveAs("Results", output + File.separator + "seed-loss-sweep.csv");
print("seed-loss-sweep: " + row + " runs written to " + output);
