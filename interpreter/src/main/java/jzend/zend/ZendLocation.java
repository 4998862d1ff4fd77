package jzend.zend;

/**
 * Where the engine is: the hook behind zend_get_executed_filename()/lineno() (installed by the
 * executor while it runs opcodes) and zend_get_compiled_filename()/lineno() (installed by the
 * compiler while it compiles). Errors raised while neither is installed are reported, as PHP
 * does before execution starts, "in Unknown on line 0".
 */
public interface ZendLocation {
    /** The file being executed or compiled ("Command line code", "Standard input code", a path). */
    String filename();

    /** The current line, 1-based. */
    int lineno();
}
