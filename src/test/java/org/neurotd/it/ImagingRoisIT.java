package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ROI Manager of plain ImageJ opens the movie's rois.zip: every cell of cells.csv, by name, over a lit soma. */
class ImagingRoisIT {

	@TempDir
	Path out;

	@Test
	void theRoiManagerOpensTheRoiZip() throws Exception {
		PlainImageJ.Run run = PlainImageJ.run("org.neurotd.it.drivers.ImagingRois", out.toString());
		assertEquals(0, run.exit(), run.output());
		List<String> cells = Files.readAllLines(out.resolve("movie/cells.csv"));
		assertTrue(run.output().contains("shown: " + (cells.size() - 1) + "\n"), "the command shows its ROIs: " + run.output());
		assertTrue(run.output().contains("rois: " + (cells.size() - 1) + "\n"), run.output());
		for (String cell : cells.subList(1, cells.size())) {
			String name = cell.split(",")[1];
			int at = run.output().indexOf("roi " + name + " mean ");
			assertTrue(at >= 0, name + ":\n" + run.output());
			String mean = run.output().substring(at).split("\n")[0].replace("roi " + name + " mean ", "");
			// offset 100 + a soma's photons (about 10 per pixel at rest) + the neuropil it displaces less of
			assertTrue(Double.parseDouble(mean) > 105, name + " mean " + mean);
		}
	}
}
