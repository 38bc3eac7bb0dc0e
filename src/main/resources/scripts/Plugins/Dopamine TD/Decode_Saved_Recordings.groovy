#@ File (label = "Folder of recordings (.tif)", style = "directory") recordings
#@ File (label = "Output folder", style = "directory") output
#@ String (label = "Striatal readout", choices = {"receptor", "linear"}) readout
#@ CommandService command
#@output Integer decoded

// Decodes every recording TIFF in a folder (made by Simulate or Degrade Population): the TD
// error read from its spikes and the value a striatal critic learns from it. Writes one
// folder of results per recording (decode.csv, metrics.csv, decode.png) and decoded.csv with
// one line per recording. Headless:
//   java -jar dopamine-td.jar --headless --run Decode_Saved_Recordings.groovy \
//     'recordings=/data/recordings,output=/tmp/decoded,readout=receptor'

import ij.IJ
import org.neurotd.commands.DecodeValueFunction

def files = recordings.listFiles().findAll { it.name.toLowerCase().endsWith(".tif") }.sort { it.name }
if (files.isEmpty()) throw new IllegalArgumentException("recordings: no .tif files in " + recordings)

def table = new StringBuilder("recording,value_contrast,dprime,stay_fraction\n")
files.each { file ->
	def image = IJ.openImage(file.path)
	if (image == null) throw new IllegalArgumentException("recordings: ImageJ cannot open " + file)
	def name = file.name.replaceFirst(/(?i)\.tif$/, "")
	def module = command.run(DecodeValueFunction, false,
		[recording: image, readout: readout, output: new File(output, name)]).get()
	if (module.isCanceled()) throw new IllegalArgumentException(file.name + ": " + module.getCancelReason())
	table << file.name << "," << module.getOutput("value_contrast") << "," << module.getOutput("dprime") << "," <<
		module.getOutput("stay_fraction") << "\n"
}
output.mkdirs()
new File(output, "decoded.csv").text = table.toString()
decoded = files.size()
