package jzend.main;

import jzend.zend.CompilerGlobals;
import jzend.zend.ExecutorGlobals;
import jzend.zend.StartupTrace;
import jzend.zend.Zend;
import jzend.zend.ZendBailout;
import jzend.zend.ZendFileHandle;
import jzend.zend.ZendIni;
import jzend.zend.ZendModuleEntry;
import jzend.zend.ZendUtilityFunctions;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The module and request lifecycle of main/main.c: php_module_startup (which runs zend_startup
 * and so start_memory_manager, reads the configuration, registers the directives, and ends by
 * resetting the heap so that scripts start from a clean one), php_request_startup,
 * php_execute_script, php_request_shutdown (which shuts the request heap down and re-applies
 * memory_limit) and php_module_shutdown. A SAPI calls them in this order; a FastCGI SAPI repeats
 * the three request stages once per request.
 */
public final class PhpMain {
    private PhpMain() {}

    /** module_initialized: php_module_startup completed. */
    static boolean module_initialized;
    private static boolean module_startup;
    private static boolean module_shutdown;

    /** The process environment (C's environ): alloc_globals_ctor, JZEND_TRACE, $_SERVER for cli. */
    private static Map<String, String> environ = System.getenv();

    /** Shutdown functions and destructors: the executor installs them (php_call_shutdown_functions, zend_call_destructors). */
    public static Runnable php_call_shutdown_functions;
    public static Runnable zend_call_destructors;

    /** The process environment as C's getenv sees it. */
    public static UnaryOperator<String> environment() {
        Map<String, String> env = environ;
        return env::get;
    }

    /** The whole process environment (environ), for php_import_environment_variables. */
    public static Map<String, String> environ() {
        return environ;
    }

    /** Replaces the process environment (a SAPI embedding jzend, tests). */
    public static void set_environ(Map<String, String> env) {
        environ = Map.copyOf(env);
    }

    public static boolean module_initialized() {
        return module_initialized;
    }

    /**
     * Port of php_module_startup. Throws {@link ZendMemoryManager.StartupError} when the memory
     * manager cannot start (the SAPI prints its line and exits with its status).
     */
    public static boolean php_module_startup(SapiModule sf, ZendModuleEntry additionalModule) {
        StartupTrace.enter("php_module_startup", null);
        try {
            module_shutdown = false;
            module_startup = true;
            SAPI.sapi_initialize_empty_request();
            SAPI.sapi_activate();
            if (module_initialized) return true;
            SAPI.sapi_module = sf.copy();
            PhpOutput.php_output_startup();
            ExecutorGlobals.exit_status = 0;
            Zend.zend_startup(new ZendUtilityFunctions(PhpErrors::php_error_cb, PhpOutput::php_output_write, environment()));
            // the compiler and executor, and the internal functions of the engine and ext/standard
            jzend.zend.execute.ZendEngine.startup();
            PhpVariables.php_startup_auto_globals();
            PhpGlobals.clear_last_error();
            PhpIni.php_init_config();
            ZendIni.set_configuration(PhpIni::cfg_get_entry);
            ZendIni.zend_register_ini_entries(PhpMainIniEntries.entries());
            ZendIni.zend_register_ini_entries(PhpMainIniEntries.zendEntries());
            StartupTrace.stage("zend_register_ini_entries", "memory_limit=" + ZendIni.zend_ini_get_value("memory_limit")
                    + " (" + PhpGlobals.memory_limit + " bytes)");
            // php_startup_sapi_content_types: php_post_entries, then the default reader
            SAPI.sapi_register_post_entry(new SapiPostEntry("application/x-www-form-urlencoded", SAPI::sapi_read_standard_form_data, null));
            SAPI.sapi_register_default_post_reader(PhpMain::php_default_post_reader);
            if (additionalModule != null) {
                StartupTrace.stage("zend_startup_module", additionalModule.name());
                additionalModule.module_startup_func().run();
            }
            Zend.zend_post_startup();
            module_initialized = true;
            SAPI.sapi_deactivate();
            module_startup = false;
            // Don't leak errors from startup into the per-request phase.
            PhpGlobals.clear_last_error();
            ZendMemoryManager.shutdown_memory_manager(true, false);
            StartupTrace.stage("shutdown_memory_manager", "silent=1 full=0: the heap is reset for the first request");
            StartupTrace.stage("zend_interned_strings_switch_storage", "request interned strings from now on");
            return true;
        } finally {
            StartupTrace.leave();
        }
    }

    /** Port of php_default_post_reader: a POST body no content-type handler took is read whole. */
    static void php_default_post_reader() {
        if ("POST".equals(SapiGlobals.request_info.request_method) && SapiGlobals.request_info.post_entry == null) {
            SAPI.sapi_read_standard_form_data();
        }
    }

    /** Port of php_request_startup; false when a fatal error ended it. */
    public static boolean php_request_startup() {
        StartupTrace.enter("php_request_startup", null);
        try {
            PhpGlobals.during_request_startup = true;
            PhpOutput.php_output_activate();
            StartupTrace.stage("php_output_activate", null);
            PhpGlobals.modules_activated = false;
            Zend.zend_activate();
            StartupTrace.stage("sapi_activate", SapiGlobals.request_info.request_method == null ? null
                    : SapiGlobals.request_info.request_method + " " + nullToEmpty(SapiGlobals.request_info.query_string));
            SAPI.sapi_activate();
            PhpVariables.php_hash_environment();
            if (PhpGlobals.expose_php && !SapiGlobals.headers_sent) SAPI.sapi_add_header(PhpVersion.SAPI_PHP_VERSION_HEADER, true);
            if (PhpGlobals.implicit_flush) PhpOutput.php_output_set_implicit_flush(true);
            PhpGlobals.modules_activated = true;
            return true;
        } catch (ZendBailout fatal) {
            return false;
        } finally {
            PhpGlobals.during_request_startup = false;
            StartupTrace.leave();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Port of php_lint_script: compile the script without running it; false after a parse or compile error. */
    public static boolean php_lint_script(ZendFileHandle file) {
        try {
            jzend.zend.execute.ZendEngine.lint(file);
            return true;
        } catch (ZendBailout bailout) {
            CompilerGlobals.unclean_shutdown = true;
            return false;
        }
    }

    /** Port of php_execute_script: the zend_try around compiling and running the primary script. */
    public static boolean php_execute_script(ZendFileHandle primaryFile) {
        StartupTrace.enter("php_execute_script", primaryFile.filename() + " (" + primaryFile.contents().length + " bytes)");
        try {
            PhpGlobals.during_request_startup = false;
            Zend.zend_execute_scripts(primaryFile);
            return true;
        } catch (ZendBailout bailout) {
            CompilerGlobals.unclean_shutdown = true;
            return false;
        } finally {
            ExecutorGlobals.executing = null;
            CompilerGlobals.compiled_location = null;
            StartupTrace.leave();
        }
    }

    /** Port of php_request_shutdown: the request's steps in php-src's order, each in its own zend_try. */
    public static void php_request_shutdown() {
        StartupTrace.enter("php_request_shutdown", null);
        try {
            ExecutorGlobals.executing = null;
            boolean reportMemleaks = PhpGlobals.report_memleaks;
            // 1. Call all possible shutdown functions registered with register_shutdown_function()
            if (PhpGlobals.modules_activated && php_call_shutdown_functions != null) zendTry(php_call_shutdown_functions);
            // 2. Call all possible __destruct() functions
            if (zend_call_destructors != null) zendTry(zend_call_destructors);
            // 3. Flush all output buffers (none but the SAPI's yet)
            zendTry(SAPI::sapi_flush);
            // 6. Shutdown output layer (send the set HTTP headers, cleanup output handlers, etc.)
            zendTry(PhpOutput::php_output_deactivate);
            StartupTrace.stage("php_output_deactivate", null);
            // 9. Shutdown scanner/executor/compiler and restore ini entries
            zendTry(Zend::zend_deactivate);
            // 11-12. SAPI related shutdown
            StartupTrace.stage("sapi_deactivate", null);
            zendTry(SAPI::sapi_deactivate);
            // 15. Free the request heap
            boolean silent = CompilerGlobals.unclean_shutdown || !reportMemleaks;
            ZendMemoryManager.last_request_leaked = 0;
            zendTry(() -> ZendMemoryManager.shutdown_memory_manager(silent, false));
            if (ZendMemoryManager.last_request_leaked != 0 && "1".equals(System.getenv("JZEND_MM_DEBUG"))) {
                // what a debug build of PHP reports from zend_mm_check_leaks
                PhpErrors.php_log_err("jzend: " + ZendMemoryManager.last_request_leaked
                        + " bytes still allocated at the end of the request (memory leaks detected)");
            }
            StartupTrace.stage("shutdown_memory_manager", "silent=" + (silent ? 1 : 0) + " full=0");
            // 16. Reset memory limit, as the INI deactivation might have left it at a lower value
            zendTry(() -> ZendAlloc.zend_set_memory_limit(PhpGlobals.memory_limit));
            StartupTrace.stage("zend_set_memory_limit", Long.toString(PhpGlobals.memory_limit));
        } finally {
            StartupTrace.leave();
        }
    }

    private static void zendTry(Runnable step) {
        try {
            step.run();
        } catch (ZendBailout bailout) {
            CompilerGlobals.unclean_shutdown = true;
        }
    }

    /** Port of php_module_shutdown: the engine, the configuration, then the heap for good. */
    public static void php_module_shutdown() {
        StartupTrace.enter("php_module_shutdown", null);
        try {
            module_shutdown = true;
            if (!module_initialized) return;
            SAPI.sapi_flush();
            Zend.zend_shutdown();
            PhpIni.php_shutdown_config();
            PhpOutput.php_output_shutdown();
            module_initialized = false;
            boolean silent = CompilerGlobals.unclean_shutdown;
            StartupTrace.stage("shutdown_memory_manager", "silent=" + (silent ? 1 : 0) + " full=1: chunks unmapped");
            ZendMemoryManager.shutdown_memory_manager(silent, true);
        } finally {
            StartupTrace.leave();
        }
    }

    /** Whether php_module_startup is running (module_startup) or php_module_shutdown ran (module_shutdown). */
    public static boolean in_module_startup() {
        return module_startup && !module_shutdown;
    }
}
