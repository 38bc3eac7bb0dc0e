package org.neurotd.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.cli.Main;
import org.neurotd.params.InvalidParameterException;

/** The bench command's table, its workloads and what it reads from a peer's report. */
class BenchTest {

	@Test
	void writesTheTableOfEveryWorkload(@TempDir Path dir) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = Main.run(new String[] { "bench", "output=" + dir, "sizes=50x4,80x3", "repeats=1", "warmups=0" },
			new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
		assertEquals(0, status);
		List<String> lines = Files.readAllLines(dir.resolve("bench.csv"));
		assertEquals("workload,neurons,trials,spikes,generate_s,degrade_s,decode_s,spikes_per_s,peer,peer_s,ratio",
			lines.get(0));
		assertEquals(3, lines.size());
		String[] row = lines.get(2).split(",", -1);
		assertEquals("80x3", row[0]);
		// 80 neurons x 3 trials x 2 s at about 6 Hz: several hundred spikes.
		assertTrue(Long.parseLong(row[3]) > 500, lines.get(2));
		assertTrue(out.toString().contains("80x3"));
		List<String> record = Files.readAllLines(dir.resolve("run.properties"));
		assertTrue(record.contains("parameter.sizes = 50x4,80x3") && record.contains("outputs = bench.csv")
			&& record.contains("parameter.repeats = 1"), String.join("\n", record));
	}

	/** movies= times calcium-movie synthesis against the bare photon draws, alone when sizes is empty. */
	@Test
	void timesMovieSynthesis(@TempDir Path dir) throws Exception {
		int status = Main.run(new String[] { "bench", "output=" + dir, "sizes=", "movies=48x32x45", "repeats=1",
			"warmups=0", "threads=2" }, new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(new ByteArrayOutputStream()));
		assertEquals(0, status);
		assertFalse(Files.exists(dir.resolve("bench.csv")));
		List<String> lines = Files.readAllLines(dir.resolve("movies.csv"));
		assertEquals("stage,width,height,frames,cells,threads,setup_s,seconds,ns_per_pixel_frame,draw_ns,ratio_to_draw,"
			+ "cpu_ns_per_pixel_frame,draw_cpu_ns,held_mb", lines.get(0));
		String[] row = lines.get(1).split(",");
		assertEquals(List.of("synthesis", "48", "32", "60"), List.of(row).subList(0, 4), "two whole 2 s trials at 30 Hz");
		assertTrue(Double.parseDouble(row[8]) > 0 && Double.parseDouble(row[10]) > 0, lines.get(1));
		assertEquals("movies", assertThrows(InvalidParameterException.class, () -> MovieWorkload.parse("64x64")).parameter());
	}

	@Test
	void parsesPeerReportsAndSizes() {
		var values = Peer.parse("peer=numpy target=numpy-bernoulli N=100\ntotal_spikes=138278\ngen_wall_s=0.1474\n"
			+ "decode_wall_s=0.0040\n");
		assertEquals("0.1474", values.get("gen_wall_s"));
		assertEquals("138278", values.get("total_spikes"));
		assertEquals(List.of(new Workload(100, 100), new Workload(10000, 20)),
			List.of(Workload.parse("100x100, 10000X20")));
		assertEquals("sizes", assertThrows(InvalidParameterException.class, () -> Workload.parse("100")).parameter());
		assertEquals("peers", assertThrows(InvalidParameterException.class,
			() -> Peer.of("matlab", Path.of("."), "python3")).parameter());
	}
}
