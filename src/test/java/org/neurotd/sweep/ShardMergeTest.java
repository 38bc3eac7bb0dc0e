package org.neurotd.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.cli.Main;
import org.neurotd.params.InvalidParameterException;

/**
 * A sweep split into shards and merged writes the unsharded sweep's files byte for byte, at
 * any thread count; incomplete or mixed shard sets are refused.
 */
class ShardMergeTest {

	private static final String[] SWEEP = { "neurons=150", "trials=4", "training=100", "seeds=2", "episodes=60",
		"losses=0,0.6,0.9" };

	private static void run(String... args) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
		assertEquals(0, status, err.toString());
	}

	private static String[] sweep(Path out, String... more) {
		String[] args = new String[SWEEP.length + 2 + more.length];
		args[0] = "sweep";
		System.arraycopy(SWEEP, 0, args, 1, SWEEP.length);
		args[SWEEP.length + 1] = "output=" + out;
		System.arraycopy(more, 0, args, SWEEP.length + 2, more.length);
		return args;
	}

	@Test
	void shardsMergeToTheUnshardedFiles(@TempDir Path dir) throws Exception {
		run(sweep(dir.resolve("whole"), "threads=1"));
		// 6 cells in 4 shards: shards split seeds, and threads differ between shards.
		for (int i = 0; i < 4; i++) run(sweep(dir.resolve("s" + i), "shard=" + i + "/4", "threads=" + (1 + i % 2)));
		run("merge", "inputs=" + dir.resolve("s3") + "," + dir.resolve("s1") + "," + dir.resolve("s0") + ","
			+ dir.resolve("s2"), "output=" + dir.resolve("merged"));
		for (String f : new String[] { "flattening.csv", "sweep.csv", "flattening.png", "run.properties" }) {
			assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(f)),
				Files.readAllBytes(dir.resolve("merged").resolve(f)), f);
		}
		assertEquals(7, Files.readAllLines(dir.resolve("merged/sweep.csv")).size());
	}

	@Test
	void refusesMissingOrForeignShards(@TempDir Path dir) {
		run(sweep(dir.resolve("a0"), "shard=0/2"));
		run(sweep(dir.resolve("a1"), "shard=1/2"));
		String[] other = sweep(dir.resolve("b1"), "shard=1/2");
		other[1] = "neurons=160";
		run(other);
		var missing = assertThrows(InvalidParameterException.class,
			() -> ShardMerge.merge(java.util.List.of(dir.resolve("a0"))));
		assertEquals("inputs", missing.parameter());
		var foreign = assertThrows(InvalidParameterException.class,
			() -> ShardMerge.merge(java.util.List.of(dir.resolve("a0"), dir.resolve("b1"))));
		assertEquals("inputs", foreign.parameter());
		assertEquals(2, ShardMerge.merge(java.util.List.of(dir.resolve("a1"), dir.resolve("a0"))).rowsPerSeed().size());
	}

	@Test
	void shardParsingNamesTheParameter() {
		assertEquals(new Shard(3, 8), Shard.parse("3/8"));
		for (String bad : new String[] { "8/8", "-1/2", "1", "a/b", "0/0" }) {
			assertEquals("shard", assertThrows(InvalidParameterException.class, () -> Shard.parse(bad)).parameter());
		}
		// Contiguous cells, every one in exactly one shard.
		int covered = 0;
		for (int i = 0; i < 7; i++) {
			Shard s = new Shard(i, 7);
			assertEquals(covered, s.first(20));
			covered = s.end(20);
		}
		assertEquals(20, covered);
	}
}
