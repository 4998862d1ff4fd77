package jzend.zend;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.ZendMemoryManager;

import java.util.function.UnaryOperator;

/**
 * The engine's start-up and shutdown and its error entry point (Zend/zend.c), plus
 * zend_get_executed_filename/lineno (zend_execute_API.c).
 */
public final class Zend {
    private Zend() {}

    /** ZEND_VERSION: the Zend Engine version PHP 8.2.36 ships, whose behaviour jzend follows. */
    public static final String ZEND_VERSION = "4.2.36";

    /** zend_error_cb: php_error_cb once zend_startup ran. */
    private static ZendUtilityFunctions.ErrorFunction zend_error_cb;
    /** zend_write: php_output_write once zend_startup ran. */
    private static ZendUtilityFunctions.WriteFunction zend_write;
    /** zend_getenv. */
    private static UnaryOperator<String> zend_getenv = System::getenv;
    /** zend_compile_file + zend_execute_ex: the engine php_execute_script runs. */
    private static ZendExecutor executor;

    /** Port of zend_startup: the memory manager first, then the utility callbacks and the engine's tables. */
    public static void zend_startup(ZendUtilityFunctions utilityFunctions) {
        StartupTrace.enter("zend_startup", null);
        try {
            UnaryOperator<String> getenv = utilityFunctions.getenv_function;
            StartupTrace.enter("start_memory_manager", null);
            try {
                ZendMemoryManager.start_memory_manager(getenv);
                String useZendAlloc = getenv.apply("USE_ZEND_ALLOC");
                String memType = getenv.apply("ZEND_MM_MEM_TYPE");
                StartupTrace.stage("alloc_globals_ctor", "USE_ZEND_ALLOC=" + (useZendAlloc == null ? "(unset)" : useZendAlloc)
                        + " ZEND_MM_MEM_TYPE=" + (memType == null ? "(unset)" : memType));
                if (AllocGlobals.mm_heap != null) {
                    StartupTrace.stage("zend_mm_init", "main chunk mapped, the heap lives in it");
                } else {
                    StartupTrace.stage("zend_mm_set_custom_handlers", "the system allocator replaces ZendMM");
                }
            } finally {
                StartupTrace.leave();
            }
            zend_error_cb = utilityFunctions.error_function;
            zend_write = utilityFunctions.write_function;
            zend_getenv = getenv;
            // zend_mm_safe_error reports "Allowed memory size … exhausted" through zend_error.
            AllocGlobals.zend_error_cb = message -> zend_error(ZendErrors.E_ERROR, message);
            ExecutorGlobals.error_reporting = ZendErrors.E_ALL;
            ExecutorGlobals.exit_status = 0;
            ExecutorGlobals.executing = null;
            CompilerGlobals.compiled_location = null;
            CompilerGlobals.unclean_shutdown = false;
            StartupTrace.stage("zend_ini_startup", null);
            ZendIni.zend_ini_startup();
        } finally {
            StartupTrace.leave();
        }
    }

    /** Port of zend_post_startup: the engine's tables become read-only for requests. */
    public static void zend_post_startup() {
        StartupTrace.stage("zend_post_startup", null);
    }

    /** Port of zend_activate: per-request engine state (init_compiler, init_executor). */
    public static void zend_activate() {
        StartupTrace.stage("zend_activate", "init_compiler, init_executor");
        CompilerGlobals.unclean_shutdown = false;
        CompilerGlobals.compiled_location = null;
        ExecutorGlobals.executing = null;
        ExecutorGlobals.exit_status = 0;
        CompilerGlobals.arena = ZendArena.create(64 * 1024); // init_compiler
        // init_executor
        jzend.zend.execute.ZendVmStack.init();
        jzend.zend.execute.ZendSymbolTable.init();
        jzend.zend.execute.ZendObjectsStore.init(1024);
    }

    /** Port of zend_deactivate: shutdown_executor, shutdown_compiler, zend_ini_deactivate. */
    public static void zend_deactivate() {
        StartupTrace.stage("zend_deactivate", "shutdown_executor, zend_ini_deactivate");
        ExecutorGlobals.executing = null;
        CompilerGlobals.compiled_location = null;
        jzend.zend.execute.ZendSymbolTable.destroy();
        jzend.zend.execute.ZendExceptions.freeObjectStorage();
        jzend.zend.execute.ZendObjectsStore.destroy();
        jzend.zend.execute.ZendVmStack.destroy();
        if (CompilerGlobals.arena != null) { // shutdown_compiler
            CompilerGlobals.arena.destroy();
            CompilerGlobals.arena = null;
        }
        jzend.zend.string.ZendInternedStrings.deactivate();
        ZendIni.zend_ini_deactivate();
    }

    /** Port of zend_shutdown: the engine's persistent tables go; the caller then frees the heap. */
    public static void zend_shutdown() {
        StartupTrace.stage("zend_shutdown", null);
        ZendIni.zend_ini_shutdown();
        AllocGlobals.zend_error_cb = null;
    }

    /**
     * Port of zend_error: find the file and line (compiling, executing, or none) and hand the
     * message to zend_error_cb. For a fatal type php_error_cb ends with zend_bailout, so this
     * throws {@link ZendBailout} once the module is started.
     */
    public static void zend_error(int type, String message) {
        String filename = null;
        int lineno = 0;
        int base = type & ~ZendErrors.E_DONT_BAIL;
        if (base != ZendErrors.E_CORE_ERROR && base != ZendErrors.E_CORE_WARNING) {
            ZendLocation at = CompilerGlobals.compiled_location != null ? CompilerGlobals.compiled_location
                    : ExecutorGlobals.executing;
            if (at != null) {
                filename = at.filename();
                lineno = at.lineno();
            }
        }
        ZendUtilityFunctions.ErrorFunction cb = zend_error_cb;
        if (cb == null) {
            // Before zend_startup: nobody to report to but stderr.
            System.err.println("PHP error before start-up: " + message);
            if ((base & ZendErrors.E_FATAL_ERRORS) != 0) throw new ZendBailout(message);
            return;
        }
        cb.error(type, filename, lineno, message);
    }

    /**
     * Port of zend_error_at / zend_error_va with an explicit location: how an uncaught exception
     * is reported at the file and line where it was created.
     */
    public static void zend_error_at(int type, String filename, int lineno, String message) {
        ZendUtilityFunctions.ErrorFunction cb = zend_error_cb;
        if (cb == null) {
            System.err.println("PHP error before start-up: " + message);
            return;
        }
        cb.error(type, filename, lineno, message);
    }

    /** Port of zend_write (ZEND_WRITE): output through php_output_write. */
    public static void zend_write(byte[] str, int off, int len) {
        zend_write.write(str, off, len);
    }

    /** Port of zend_getenv. */
    public static String zend_getenv(String name) {
        return zend_getenv.apply(name);
    }

    /** Port of zend_is_executing. */
    public static boolean zend_is_executing() {
        return ExecutorGlobals.executing != null;
    }

    /** Port of zend_get_executed_filename: "[no active file]" when nothing runs, as in PHP. */
    public static String zend_get_executed_filename() {
        ZendLocation at = ExecutorGlobals.executing;
        return at == null ? "[no active file]" : at.filename();
    }

    /** Port of zend_get_executed_lineno: 0 when nothing runs. */
    public static int zend_get_executed_lineno() {
        ZendLocation at = ExecutorGlobals.executing;
        return at == null ? 0 : at.lineno();
    }

    /** Whether an engine is installed. */
    public static boolean zend_has_executor() {
        return executor != null;
    }

    /** Installs the compiler + executor pair that php_execute_script runs (zend_compile_file/zend_execute_ex); null removes it. */
    public static void zend_set_executor(ZendExecutor engine) {
        executor = engine;
    }

    /** Port of zend_execute_scripts for the primary script. */
    public static void zend_execute_scripts(ZendFileHandle primaryFile) {
        if (executor == null) throw new IllegalStateException("no engine installed: php_module_startup installs ZendEngine");
        executor.execute(primaryFile);
    }
}
