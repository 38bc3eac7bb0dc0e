package org.neurotd.imagej;

import ij.Macro;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Runs test code as ImageJ runs a macro's {@code run(label, options)} line: on a "Run$_" thread holding the options. */
final class MacroThreads {

	private MacroThreads() {}

	static <T> T call(String options, Callable<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		Thread t = new Thread(() -> {
			Macro.setOptions(Thread.currentThread(), options);
			try {
				result.set(work.call());
			}
			catch (Exception e) {
				failure.set(e);
			}
			finally {
				Macro.setOptions(Thread.currentThread(), null);
			}
		}, "Run$_test");
		t.start();
		t.join();
		if (failure.get() != null) throw failure.get();
		return result.get();
	}
}
