package org.neurotd.imagej;

import ij.IJ;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.app.event.StatusEvent;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.event.EventSubscriber;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;

/**
 * Runs SciJava commands inside plain ImageJ: one SciJava context for the ImageJ session, and
 * the commands' progress shown on ImageJ's status line and progress bar.
 */
final class SciJavaRunner {

	private static Context context;

	private SciJavaRunner() {}

	/**
	 * The SciJava command of that class, from the plugin index.
	 *
	 * @throws IllegalArgumentException if no command has that class (a wrong plugins.config line)
	 */
	static CommandInfo command(String className) {
		CommandInfo info = context().service(CommandService.class).getCommand(className);
		if (info == null) throw new IllegalArgumentException("no SciJava command " + className);
		return info;
	}

	/** Runs the command to its end and returns it (cancelled, with a reason, on bad input). */
	static CommandModule run(CommandInfo info, Map<String, Object> inputs) {
		Context c = context();
		ImageJProgress progress = new ImageJProgress();
		EventService events = c.service(EventService.class);
		List<EventSubscriber<?>> subscribers = events.subscribe(progress);
		Future<CommandModule> future = c.service(CommandService.class).run(info, true, inputs);
		try {
			return future.get();
		}
		catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
		}
		finally {
			events.unsubscribe(subscribers);
			IJ.showProgress(1.0);
			IJ.showStatus("");
		}
	}

	/**
	 * The session's context. Plain ImageJ loads this jar (and SciJava, if it sits in
	 * plugins/jars) through its plugin class loader, so SciJava looks for its services there.
	 */
	private static synchronized Context context() {
		if (context == null) {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(SciJavaRunner.class.getClassLoader());
			try {
				context = new Context(CommandService.class, StatusService.class, LogService.class);
				// the entry shows a refused run's reason itself; the command's own log of it would repeat it
				context.service(LogService.class).setLevel(LogLevel.NONE);
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}
		return context;
	}

	/** The commands' status events on ImageJ's status line and progress bar. */
	static final class ImageJProgress {

		@EventHandler
		private void onStatus(StatusEvent e) {
			if (e.getStatusMessage() != null && !e.getStatusMessage().isEmpty()) IJ.showStatus(e.getStatusMessage());
			if (e.getProgressMaximum() > 0) IJ.showProgress(e.getProgressValue(), e.getProgressMaximum());
		}
	}
}
