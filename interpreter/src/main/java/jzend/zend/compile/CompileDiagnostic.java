package jzend.zend.compile;

/**
 * A non-fatal diagnostic raised while scanning or compiling (E_COMPILE_WARNING printed as
 * "Warning", E_DEPRECATED as "Deprecated"), e.g. "Octal escape sequence overflow \400 is greater
 * than \377". The script still compiles; the CLI prints these before running it. The message
 * holds PHP bytes one char per byte (ISO-8859-1).
 */
public record CompileDiagnostic(Level level, String message, int line) {

    /** The error level, with the label php_error_cb prints for it. */
    public enum Level {
        WARNING("Warning"),
        DEPRECATED("Deprecated");

        public final String label;

        Level(String label) {
            this.label = label;
        }
    }

    /** What display_errors prints: {@code "\nWarning: MSG in FILE on line N\n"}. */
    public String displayForm(String file) {
        return "\n" + level.label + ": " + message + " in " + file + " on line " + line + "\n";
    }

    /** What log_errors writes: {@code "PHP Warning:  MSG in FILE on line N"}. */
    public String logForm(String file) {
        return "PHP " + level.label + ":  " + message + " in " + file + " on line " + line;
    }
}
