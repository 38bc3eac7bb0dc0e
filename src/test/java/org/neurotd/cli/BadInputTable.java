package org.neurotd.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures every front end's run of the bad-input table shares: the recordings it refers to. */
abstract class BadInputTable {

	@TempDir
	static Path dir;

	static BadInputs.Fixtures files;

	@BeforeAll
	static void fixtures() throws Exception {
		System.setProperty("java.awt.headless", "true");
		files = BadInputs.files(dir);
	}
}
