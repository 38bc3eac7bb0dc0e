package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Where the ImageJ GUI tests get their display, for the environments a user or CI may have:
 * Xvfb when it is on the PATH, else the user's DISPLAY, else skipped outside CI and failed in CI.
 */
class XvfbTest {

	@TempDir
	Path bin;

	@Test
	void withoutXvfbOrDisplayTheTestsAreSkippedOutsideCi() {
		TestAbortedException skipped = assertThrows(TestAbortedException.class,
			() -> Xvfb.display(Map.of("PATH", bin.toString())));
		assertTrue(skipped.getMessage().contains("apt-get install xvfb"), skipped.getMessage());
	}

	@Test
	void inCiTheyAreRequired() {
		IOException failed = assertThrows(IOException.class, () -> Xvfb.display(Map.of("PATH", bin.toString(), "CI",
			"true")));
		assertTrue(failed.getMessage().startsWith("CI=true: the ImageJ GUI tests are required"), failed.getMessage());
	}

	@Test
	void withoutXvfbTheUsersDisplayIsUsed() throws Exception {
		assertEquals(":42", Xvfb.display(Map.of("PATH", bin.toString(), "DISPLAY", ":42", "CI", "true")));
	}

	@Test
	void xvfbOnThePathIsStartedAndItsDisplayUsed() throws Exception {
		// a stand-in that reports its display number on standard output, as Xvfb -displayfd 1 does
		Path fake = Files.writeString(bin.resolve("Xvfb"), "#!/bin/sh\necho 93\nexec sleep 60\n");
		Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
		assertEquals(":93", Xvfb.display(Map.of("PATH", bin.toString(), "DISPLAY", ":42")));
	}
}
