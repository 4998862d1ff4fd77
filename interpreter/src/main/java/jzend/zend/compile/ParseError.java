package jzend.zend.compile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A failure to compile a script, as php reports it: either a ParseError (E_PARSE, printed as
 * "Parse error") thrown by the scanner or parser, or an E_COMPILE_ERROR ("Fatal error") that
 * zend_compile.c raises while compiling the AST. Carries no Java stack trace: it is a user-facing
 * diagnostic. The message holds PHP bytes, one char per byte (ISO-8859-1), since it can quote
 * source bytes; print it with {@link #displayForm} / {@link #logForm} and encode as ISO-8859-1.
 */
public final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which of php's two error kinds this is. */
    public enum Kind {
        /** E_PARSE: the ParseError exception thrown by the scanner or the parser. */
        PARSE("Parse error"),
        /** E_COMPILE_ERROR: a fatal error raised while compiling. */
        COMPILE("Fatal error");

        /** The label php_error_cb prints ("Parse error", "Fatal error"). */
        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Kind kind;
    private final int line;
    private final List<CompileDiagnostic> diagnostics;

    public ParseError(Kind kind, String message, int line) {
        this(kind, message, line, List.of());
    }

    private ParseError(Kind kind, String message, int line, List<CompileDiagnostic> diagnostics) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.diagnostics = diagnostics;
    }

    /** This error, carrying the warnings php printed before it. */
    ParseError withDiagnostics(List<CompileDiagnostic> before) {
        return new ParseError(kind, getMessage(), line, List.copyOf(before));
    }

    /** The warnings and deprecations php prints before this error (in order). */
    public List<CompileDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** A "Parse error". */
    static ParseError parse(String message, int line) {
        return new ParseError(Kind.PARSE, message, line);
    }

    /** A "Fatal error" raised at compile time. */
    static ParseError compile(String message, int line) {
        return new ParseError(Kind.COMPILE, message, line);
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    /** The message as the PHP bytes it stands for. */
    public byte[] messageBytes() {
        return getMessage().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** What display_errors prints to stdout: {@code "\nParse error: MSG in FILE on line N\n"}. */
    public String displayForm(String file) {
        return "\n" + kind.label + ": " + getMessage() + " in " + file + " on line " + line + "\n";
    }

    /** What log_errors writes (without the timestamp): {@code "PHP Parse error:  MSG in FILE on line N"}. */
    public String logForm(String file) {
        return "PHP " + kind.label + ":  " + getMessage() + " in " + file + " on line " + line;
    }
}
