package jzend.zend;

/**
 * The engine behind zend_execute_scripts: compiles and runs the primary script.
 * php_module_startup installs {@code jzend.zend.execute.ZendEngine} with
 * {@link Zend#zend_set_executor}.
 *
 * <p>Contract for an implementation: write output through {@link Zend#zend_write} (php_output_write,
 * which sends the headers on first output); while running, set
 * {@link ExecutorGlobals#current_execute_data} (and, while compiling,
 * {@link CompilerGlobals#compiled_location}) so that errors name the file and line; report errors
 * with {@link Zend#zend_error}, which throws {@link ZendBailout} for fatal ones (let it propagate:
 * php_execute_script is the zend_try around it); honour {@link CompilerGlobals#skip_shebang}; set
 * {@link ExecutorGlobals#exit_status} for exit(n).
 */
@FunctionalInterface
public interface ZendExecutor {
    /** Port of zend_execute_scripts for the primary file: compile it, execute it. */
    void execute(ZendFileHandle primaryFile);
}
