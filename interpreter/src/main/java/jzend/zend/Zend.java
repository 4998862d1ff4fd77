package jzend.zend;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendCallable;
import jzend.zend.execute.ZendExceptions;
import jzend.zend.execute.ZendVm;
import jzend.zend.execute.ZendVmStack;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The engine's start-up and shutdown and its error entry point (Zend/zend.c), plus
 * zend_get_executed_filename/lineno (zend_execute_API.c).
 */
public final class Zend {
    private Zend() {}

    /** ZEND_VERSION: the Zend Engine version PHP 8.2.36 ships, whose behaviour jzend follows. */
    public static final String ZEND_VERSION = "4.2.36";

    private static final int IS_UNDEF = 0, IS_FALSE = 2;

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
        NativeMemory.putInt(ExecutorGlobals.user_error_handler + 8, IS_UNDEF);
        jzend.zend.execute.ZendSymbolTable.init();
        jzend.zend.execute.ZendObjectsStore.init(1024);
    }

    /** Port of zend_deactivate: shutdown_executor, shutdown_compiler, zend_ini_deactivate. */
    public static void zend_deactivate() {
        StartupTrace.stage("zend_deactivate", "shutdown_executor, zend_ini_deactivate");
        ExecutorGlobals.executing = null;
        CompilerGlobals.compiled_location = null;
        jzend.zend.execute.ZendSymbolTable.destroy();
        shutdown_user_error_handlers();
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
     * The part of zend_shutdown_executor_values that releases the error handlers — set_error_handler's
     * current one and the stack of those it replaced — before the object store is freed (they may
     * hold closures), then shutdown_executor's zend_stack_destroy of both stacks.
     */
    private static void shutdown_user_error_handlers() {
        long eh = ExecutorGlobals.user_error_handler;
        if ((NativeMemory.getInt(eh + 8) & 0xff) != IS_UNDEF) {
            ZendVm.release(eh);
            NativeMemory.putInt(eh + 8, IS_UNDEF);
        }
        ExecutorGlobals.user_error_handlers_error_reporting.zend_stack_clean(null, true);
        ExecutorGlobals.user_error_handlers.zend_stack_clean(ZendVm::release, true);
        ExecutorGlobals.user_error_handlers_error_reporting.zend_stack_destroy();
        ExecutorGlobals.user_error_handlers.zend_stack_destroy();
    }

    /**
     * Port of zend_error: find the file and line (compiling, executing, or none) and hand the
     * message to zend_error_zstr_at. For a fatal type php_error_cb ends with zend_bailout, so this
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
        if (zend_error_cb == null) {
            // Before zend_startup: nobody to report to but stderr.
            System.err.println("PHP error before start-up: " + message);
            if ((base & ZendErrors.E_FATAL_ERRORS) != 0) throw new ZendBailout(message);
            return;
        }
        zend_error_zstr_at(type, filename, lineno, message);
    }

    /**
     * Port of zend_error_at / zend_error_va with an explicit location: how an uncaught exception
     * is reported at the file and line where it was created.
     */
    public static void zend_error_at(int type, String filename, int lineno, String message) {
        if (zend_error_cb == null) {
            System.err.println("PHP error before start-up: " + message);
            return;
        }
        zend_error_zstr_at(type, filename, lineno, message);
    }

    /**
     * Port of zend_error_zstr_at: a user error handler (set_error_handler) whose error_levels
     * cover the type gets the error first, unless it is one a user handler may never receive;
     * zend_error_cb (php_error_cb) reports it when there is no such handler or when the handler
     * returns false. The handler runs only while a script executes (its call is pushed on the
     * executing frame); exceptions it throws propagate to the code that raised the error.
     */
    public static void zend_error_zstr_at(int origType, String errorFilename, int errorLineno, String message) {
        int type = origType & ZendErrors.E_ALL;
        long eh = ExecutorGlobals.user_error_handler;
        /* if we don't have a user defined error handler (or no executing frame to call it from) */
        if ((NativeMemory.getInt(eh + 8) & 0xff) == IS_UNDEF
                || (ExecutorGlobals.user_error_handler_error_reporting & type) == 0
                || ExecutorGlobals.current_execute_data == 0) {
            zend_error_cb.error(origType, errorFilename, errorLineno, message);
            return;
        }
        switch (type) {
            case ZendErrors.E_ERROR, ZendErrors.E_PARSE, ZendErrors.E_CORE_ERROR, ZendErrors.E_CORE_WARNING,
                 ZendErrors.E_COMPILE_ERROR, ZendErrors.E_COMPILE_WARNING ->
                /* The error may not be safe to handle in user-space */
                zend_error_cb.error(origType, errorFilename, errorLineno, message);
            default -> zend_user_error_handler(origType, type, errorFilename, errorLineno, message);
        }
    }

    /**
     * zend_error_zstr_at's "Handle the error in user space": call_user_function on the handler
     * with (errno, errstr, errfile, errline), EG(user_error_handler) unset meanwhile — an error
     * the handler raises itself is reported normally — and restored afterwards unless the handler
     * set another one. params, retval and orig_user_error_handler, on php's C stack, are on the VM
     * stack here.
     */
    private static void zend_user_error_handler(int origType, int type, String errorFilename, int errorLineno, String message) {
        long eh = ExecutorGlobals.user_error_handler;
        long ex = ExecutorGlobals.current_execute_data;
        long params = ZendVmStack.push(6 * 16);
        long retval = params + 4 * 16, origUserErrorHandler = params + 5 * 16;
        ZendVm.setString(params + 16, ZendString.init(message.getBytes(StandardCharsets.ISO_8859_1), false));
        ZendVm.setLong(params, type);
        if (errorFilename != null) {
            // the executed op_array's file name, an interned string in php
            ZendVm.setString(params + 32, ZendInternedStrings.intern(errorFilename.getBytes(StandardCharsets.ISO_8859_1)));
        } else {
            ZendVm.setNull(params + 32);
        }
        ZendVm.setLong(params + 48, errorLineno);
        NativeMemory.copy(eh, origUserErrorHandler, 16);
        NativeMemory.putInt(eh + 8, IS_UNDEF);
        ZendVm.setNull(retval);
        try {
            long call = ZendCallable.prepare(origUserErrorHandler, 4);
            for (int i = 1; i <= 4; i++) ZendCallable.sendArg(call, i, params + 16L * (i - 1));
            ZendCallable.invoke(call, retval);
            if ((NativeMemory.getInt(retval + 8) & 0xff) == IS_FALSE) {
                zend_error_cb.error(origType, errorFilename, errorLineno, message);
            }
            ZendVm.release(retval);
        } catch (RuntimeException | Error e) {
            // an internal handler that threw left its frame current: its arguments go now
            if (ExecutorGlobals.current_execute_data != ex) ZendExceptions.unwindTo(ex);
            throw e;
        } finally {
            ZendVm.release(params + 32);
            ZendVm.release(params + 16);
            if ((NativeMemory.getInt(eh + 8) & 0xff) == IS_UNDEF) {
                NativeMemory.copy(origUserErrorHandler, eh, 16);
            } else {
                ZendVm.release(origUserErrorHandler);
            }
            ZendVmStack.pop(params);
        }
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
