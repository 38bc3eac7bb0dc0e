#@ File (label = "Output folder", style = "directory") output
#@ Integer (label = "Neurons", min = 1) neurons
#@ Integer (label = "Seeds (healthy recordings to average)", min = 1) seeds
#@ String (label = "Loss levels (fractions of neurons lost)") losses
#@ CommandService command
#@output Double value_contrast_at_highest_loss
#@output Double dprime_at_highest_loss

// Parkinson's loss sweep averaged over several seeds: for each seed a healthy dopamine
// population is simulated, then degraded at every loss level and decoded. Writes
// flattening.csv (means over seeds), sweep.csv (every seed) and flattening.png to the output
// folder, and returns how much of the learned value and of the CS response is left at the
// highest loss. Headless:
//   java -jar dopamine-td.jar --headless --run Loss_Sweep_Over_Seeds.groovy \
//     'output=/tmp/sweep,neurons=300,seeds=3,losses="0,0.5,0.9"'

import org.neurotd.commands.LossSweepCommand

def module = command.run(LossSweepCommand, false,
	[output: output, neurons: neurons, seeds: seeds, losses: losses, trials: 10]).get()
if (module.isCanceled()) throw new IllegalArgumentException(module.getCancelReason())

def lines = new File(output, "flattening.csv").readLines()
def header = lines[0].split(",") as List
def highest = lines[-1].split(",")
value_contrast_at_highest_loss = highest[header.indexOf("value_contrast")] as Double
dprime_at_highest_loss = highest[header.indexOf("dprime")] as Double
