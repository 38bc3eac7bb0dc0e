package org.neurotd.scripting;

import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Groovy for the command line's {@code --run script.groovy}: scijava-common runs scripts only
 * through a language plugin, and Fiji brings its own Groovy, so this class and Groovy live in
 * target/lib (dopamine-td-scripting.jar, groovy.jar, groovy-jsr223.jar), never in the plugin jar.
 */
@Plugin(type = ScriptLanguage.class, name = "Groovy")
public class GroovyLanguage extends AdaptedScriptLanguage {

	/** The JSR-223 engine groovy-jsr223 registers as "groovy". */
	public GroovyLanguage() {
		super("groovy");
	}
}
