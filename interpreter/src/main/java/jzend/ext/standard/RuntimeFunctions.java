package jzend.ext.standard;

import jzend.zend.ExecutorGlobals;
import jzend.zend.ZendErrors;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.ZendIni;
import jzend.zend.ZendInternalFunctions;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendFunctions;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.ops.ByteBuf;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;

import static jzend.zend.execute.ZendParseParameters.arg;

/**
 * The run-time functions of a script: ini_get/ini_set/ini_restore and getenv, usleep and sleep
 * (ext/standard/basic_functions.c), microtime (microtime.c), hrtime (hrtime.c), php_sapi_name
 * and phpversion (info.c), and from Zend/zend_builtin_functions.c error_reporting, trigger_error,
 * function_exists, func_num_args, func_get_args, func_get_arg and gc_collect_cycles/gc_enabled.
 */
public final class RuntimeFunctions {
    private RuntimeFunctions() {}

    private static final String OWNER = "jzend/ext/standard/RuntimeFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("ini_get", OWNER, "ini_get", 1, "option"),
        new ZendFunctionEntry("ini_set", OWNER, "ini_set", 2, "option", "value"),
        new ZendFunctionEntry("ini_alter", OWNER, "ini_set", 2, "option", "value"),
        new ZendFunctionEntry("ini_restore", OWNER, "ini_restore", 1, "option"),
        new ZendFunctionEntry("getenv", OWNER, "getenv", 0, "name", "local_only"),
        new ZendFunctionEntry("usleep", OWNER, "usleep", 1, "microseconds"),
        new ZendFunctionEntry("sleep", OWNER, "sleep", 1, "seconds"),
        new ZendFunctionEntry("microtime", OWNER, "microtime", 0, "as_float"),
        new ZendFunctionEntry("hrtime", OWNER, "hrtime", 0, "as_number"),
        new ZendFunctionEntry("php_sapi_name", OWNER, "php_sapi_name", 0),
        new ZendFunctionEntry("phpversion", OWNER, "phpversion", 0, "extension"),
        new ZendFunctionEntry("error_reporting", OWNER, "error_reporting", 0, "error_level"),
        new ZendFunctionEntry("trigger_error", OWNER, "trigger_error", 1, "message", "error_level"),
        new ZendFunctionEntry("user_error", OWNER, "trigger_error", 1, "message", "error_level"),
        new ZendFunctionEntry("function_exists", OWNER, "function_exists", 1, "function"),
        new ZendFunctionEntry("func_num_args", OWNER, "func_num_args", 0),
        new ZendFunctionEntry("func_get_args", OWNER, "func_get_args", 0),
        new ZendFunctionEntry("func_get_arg", OWNER, "func_get_arg", 1, "position"),
        new ZendFunctionEntry("gc_collect_cycles", OWNER, "gc_collect_cycles", 0),
        new ZendFunctionEntry("gc_enabled", OWNER, "gc_enabled", 0),
    };

    /** The request start-up (RINIT) of the extensions here: random state unseeded, no JSON error. */
    public static void requestStartup() {
        MathFunctions.requestStartup();
        jzend.ext.json.Json.requestStartup();
    }

    private static int type(long zv) {
        return NativeMemory.getInt(zv + 8) & 0xff;
    }

    private static String javaString(long ex, int n) {
        return new String(ZendString.bytes(ZendParseParameters.requiredString(ex, n)), StandardCharsets.ISO_8859_1);
    }

    /** RETVAL_STRING of a Java string: interned for "" and one character, else a new zend_string. */
    private static void setString(long rv, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length == 0) ZendVm.setString(rv, ZendInternedStrings.emptyString());
        else if (b.length == 1) ZendVm.setString(rv, ZendInternedStrings.oneChar(b[0]));
        else ZendVm.setString(rv, ZendString.init(b, false));
    }

    // ------------------------------------------------------------------ ini

    /**
     * The zend_strings of ini values: PHP's are interned (defaults, -d) or held by the entry (ini_set),
     * so ini_get()/ini_set() return them without allocating (ZVAL_SET_INI_STR); these are persistent,
     * outside the request heap, and keep one reference so the request never frees them.
     */
    private static final java.util.Map<String, Long> INI_STRINGS = new java.util.HashMap<>();

    /** ZVAL_SET_INI_STR. */
    private static void setIniString(long rv, String v) {
        if (v.length() <= 1) {
            setString(rv, v);
            return;
        }
        long s = INI_STRINGS.computeIfAbsent(v, k -> ZendString.init(k.getBytes(StandardCharsets.ISO_8859_1), true));
        ZendVm.setString(rv, ZendString.copy(s));
    }

    /** PHP_FUNCTION(ini_get): the value as a string, false for an unknown directive. */
    public static void ini_get(long ex, long rv) {
        String v = ZendIni.zend_ini_get_value(javaString(ex, 1));
        if (v == null) ZendVm.setBool(rv, false);
        else setIniString(rv, v);
    }

    /** PHP_FUNCTION(ini_set): the old value, or false when unknown or refused (memory_limit warns then). */
    public static void ini_set(long ex, long rv) {
        String name = javaString(ex, 1);
        long zv = ZendArrayOps.deref(arg(ex, 2));
        String value;
        switch (type(zv)) {
            case ZendVm.IS_NULL, ZendVm.IS_FALSE -> value = "";
            case ZendVm.IS_TRUE -> value = "1";
            case ZendVm.IS_STRING, ZendVm.IS_LONG, ZendVm.IS_DOUBLE -> value = javaString(ex, 2);
            default -> throw ZendError.create("TypeError", "ini_set(): Argument #2 ($value) must be of type string|int|float|bool|null");
        }
        String old = ZendIni.zend_ini_get_value(name);
        if (old == null || !ZendIni.zend_alter_ini_entry(name, value)) {
            ZendVm.setBool(rv, false);
            return;
        }
        setIniString(rv, old);
    }

    /** PHP_FUNCTION(ini_restore). */
    public static void ini_restore(long ex, long rv) {
        ZendIni.zend_restore_ini_entry(javaString(ex, 1));
        ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(getenv): one variable (the SAPI's, then the process's) or false; all of them without a name. */
    public static void getenv(long ex, long rv) {
        boolean named = ZendExecuteData.numArgs(ex) >= 1 && type(ZendArrayOps.deref(arg(ex, 1))) != ZendVm.IS_NULL;
        boolean localOnly = ZendParseParameters.optionalBool(ex, 2, false);
        if (!named) {
            long ht = ZendHash.zend_new_array_0();
            long tmp = jzend.zend.alloc.LibC.malloc(16);
            try {
                for (var e : jzend.main.PhpMain.environ().entrySet()) {
                    ZendVm.setString(tmp, ZendString.init(e.getValue().getBytes(StandardCharsets.ISO_8859_1), false));
                    long key = ZendString.init(e.getKey().getBytes(StandardCharsets.ISO_8859_1), false);
                    jzend.zend.hash.ZendSymtable.zend_symtable_update(ht, key, tmp);
                    ZendString.release(key);
                }
            } finally {
                jzend.zend.alloc.LibC.free(tmp);
            }
            ZendArrays.setArray(rv, ht);
            return;
        }
        String name = javaString(ex, 1);
        String v = localOnly ? null : jzend.main.SAPI.sapi_getenv(name);
        if (v == null) v = jzend.main.PhpMain.environment().apply(name);
        if (v == null) ZendVm.setBool(rv, false);
        else setString(rv, v);
    }

    /** PHP_FUNCTION(usleep). */
    public static void usleep(long ex, long rv) {
        long us = ZendParseParameters.requiredLong(ex, 1);
        if (us < 0) throw ZendParseParameters.valueError(ex, 1, "must be greater than or equal to 0");
        sleepNanos(us * 1000L);
        ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(sleep): 0 (the seconds left when interrupted). */
    public static void sleep(long ex, long rv) {
        long s = ZendParseParameters.requiredLong(ex, 1);
        if (s < 0) throw ZendParseParameters.valueError(ex, 1, "must be greater than or equal to 0");
        sleepNanos(Math.multiplyHigh(s, 1_000_000_000L) != 0 ? Long.MAX_VALUE : s * 1_000_000_000L);
        ZendVm.setLong(rv, 0);
    }

    private static void sleepNanos(long ns) {
        try {
            Thread.sleep(ns / 1_000_000L, (int) (ns % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** PHP_FUNCTION(microtime): "0.UUUUUU00 SECONDS", or the seconds as a float. */
    public static void microtime(long ex, long rv) {
        boolean asFloat = ZendParseParameters.optionalBool(ex, 1, false);
        java.time.Instant now = java.time.Instant.now();
        long sec = now.getEpochSecond();
        long usec = now.getNano() / 1000;
        if (asFloat) {
            ZendVm.setDouble(rv, (double) sec + usec / 1e6);
            return;
        }
        ByteBuf b = new ByteBuf();
        jzend.zend.ops.DoubleFormat.convFp(b, (byte) 'F', usec / 1e6, 8, (byte) '.', null);
        b.append(' ').append(sec);
        ZendVm.setString(rv, VarFunctions.smartStrExtract(b));
    }

    /** PHP_FUNCTION(hrtime): the monotonic clock as [seconds, nanoseconds], or nanoseconds as an int. */
    public static void hrtime(long ex, long rv) {
        boolean asNumber = ZendParseParameters.optionalBool(ex, 1, false);
        long ns = System.nanoTime();
        if (asNumber) {
            ZendVm.setLong(rv, ns);
            return;
        }
        long ht = ZendHash.zend_new_array(2);
        long tmp = jzend.zend.alloc.LibC.malloc(16);
        ZendVm.setLong(tmp, Math.floorDiv(ns, 1_000_000_000L));
        ZendHash.zend_hash_next_index_insert(ht, tmp);
        ZendVm.setLong(tmp, Math.floorMod(ns, 1_000_000_000L));
        ZendHash.zend_hash_next_index_insert(ht, tmp);
        jzend.zend.alloc.LibC.free(tmp);
        ZendArrays.setArray(rv, ht);
    }

    /** PHP_FUNCTION(php_sapi_name). */
    public static void php_sapi_name(long ex, long rv) {
        if (jzend.main.SAPI.sapi_module == null) ZendVm.setBool(rv, false);
        else setString(rv, jzend.main.SAPI.sapi_module.name);
    }

    /** The extensions whose version phpversion() reports (all bundled: PHP_VERSION). */
    private static final java.util.Set<String> EXTENSIONS = java.util.Set.of("core", "standard", "json", "date", "random", "spl", "pcre");

    /** PHP_FUNCTION(phpversion): PHP_VERSION, or an extension's version (false when not loaded). */
    public static void phpversion(long ex, long rv) {
        if (ZendExecuteData.numArgs(ex) >= 1 && type(ZendArrayOps.deref(arg(ex, 1))) != ZendVm.IS_NULL) {
            String ext = javaString(ex, 1).toLowerCase(java.util.Locale.ROOT);
            if (!EXTENSIONS.contains(ext)) {
                ZendVm.setBool(rv, false);
                return;
            }
        }
        setString(rv, jzend.main.PhpVersion.PHP_VERSION);
    }

    // ------------------------------------------------------------------ Zend/zend_builtin_functions.c

    /** ZEND_FUNCTION(error_reporting): the old mask; a new one is set through the ini entry. */
    public static void error_reporting(long ex, long rv) {
        int old = ExecutorGlobals.error_reporting;
        if (ZendExecuteData.numArgs(ex) >= 1 && type(ZendArrayOps.deref(arg(ex, 1))) != ZendVm.IS_NULL) {
            long level = ZendParseParameters.requiredLong(ex, 1);
            if ((int) level != old) {
                ZendIni.zend_alter_ini_entry_ex("error_reporting", Long.toString((int) level), ZendIni.ZEND_INI_USER,
                        ZendIni.ZEND_INI_STAGE_RUNTIME, true);
                ExecutorGlobals.error_reporting = (int) level;
            }
        }
        ZendVm.setLong(rv, old);
    }

    /** ZEND_FUNCTION(trigger_error): E_USER_* only; E_USER_ERROR ends the script. */
    public static void trigger_error(long ex, long rv) {
        long msg = ZendParseParameters.requiredString(ex, 1);
        long level = ZendParseParameters.optionalLong(ex, 2, ZendErrors.E_USER_NOTICE);
        if (level != ZendErrors.E_USER_ERROR && level != ZendErrors.E_USER_WARNING && level != ZendErrors.E_USER_NOTICE
                && level != ZendErrors.E_USER_DEPRECATED) {
            throw ZendParseParameters.valueError(ex, 2, "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED");
        }
        jzend.zend.Zend.zend_error((int) level, new String(ZendString.bytes(msg), StandardCharsets.ISO_8859_1));
        ZendVm.setBool(rv, true);
    }

    /** ZEND_FUNCTION(function_exists): internal or user function, case-insensitive, a leading "\" ignored. */
    public static void function_exists(long ex, long rv) {
        String name = javaString(ex, 1);
        if (name.startsWith("\\")) name = name.substring(1);
        String lc = name.toLowerCase(java.util.Locale.ROOT);
        if (ZendInternalFunctions.lookup(lc) != 0) {
            ZendVm.setBool(rv, true);
            return;
        }
        // the user functions bound so far (a declaration in a block counts once it has run)
        ZendVm.setBool(rv, ZendFunctions.lookup(lc) >= 0);
    }

    private static boolean isMain(ZendOpArray op) {
        return op.functionName.length > 0 && op.functionName[0] == '{';
    }

    /** The calling user function's frame, or 0 when called from the global scope (ZEND_CALL_CODE). */
    private static long callerFrame(long ex) {
        long caller = ZendExecuteData.prev(ex);
        if (caller == 0) return 0;
        int f = ZendExecuteData.func(caller);
        if (f < 0 || isMain(ZendFunctions.opArray(f))) return 0;
        return caller;
    }

    /** ZEND_FUNCTION(func_num_args). */
    public static void func_num_args(long ex, long rv) {
        long caller = callerFrame(ex);
        if (caller == 0) throw ZendError.create("Error", "func_num_args() must be called from a function context");
        ZendVm.setLong(rv, ZendExecuteData.numArgs(caller));
    }

    /** ZEND_FUNCTION(func_get_args): the current values of the arguments (undefined ones as null). */
    public static void func_get_args(long ex, long rv) {
        long caller = callerFrame(ex);
        if (caller == 0) throw ZendError.create("Error", "func_get_args() cannot be called from the global scope");
        int n = ZendExecuteData.numArgs(caller);
        if (n == 0) {
            ZendArrays.setEmptyArray(rv);
            return;
        }
        long ht = ZendHash.zend_new_array(n);
        ZendHash.zend_hash_real_init_packed(ht);
        for (int i = 0; i < n; i++) {
            long slot = ZendHash.zend_hash_next_index_insert(ht, NULL_ZVAL);
            long v = ZendExecuteData.argAddress(caller, i);
            if (type(v) != ZendVm.IS_UNDEF) MathFunctions.copyTo(slot, v);
        }
        ZendArrays.setArray(rv, ht);
    }

    private static final long NULL_ZVAL = jzend.zend.alloc.LibC.malloc(16);

    static {
        ZendVm.setNull(NULL_ZVAL);
    }

    /** ZEND_FUNCTION(func_get_arg). */
    public static void func_get_arg(long ex, long rv) {
        long pos = ZendParseParameters.requiredLong(ex, 1);
        if (pos < 0) throw ZendParseParameters.valueError(ex, 1, "must be greater than or equal to 0");
        long caller = callerFrame(ex);
        if (caller == 0) throw ZendError.create("Error", "func_get_arg() cannot be called from the global scope");
        if (pos >= ZendExecuteData.numArgs(caller)) {
            throw ZendParseParameters.valueError(ex, 1, "must be less than the number of the arguments passed to the currently executed function");
        }
        long v = ZendExecuteData.argAddress(caller, (int) pos);
        if (type(v) == ZendVm.IS_UNDEF) ZendVm.setNull(rv);
        else MathFunctions.copyTo(rv, v);
    }

    /** ZEND_FUNCTION(gc_collect_cycles): no cycle collector (values are freed by reference counting): 0. */
    public static void gc_collect_cycles(long ex, long rv) {
        ZendVm.setLong(rv, 0);
    }

    /** ZEND_FUNCTION(gc_enabled): zend.enable_gc defaults to on. */
    public static void gc_enabled(long ex, long rv) {
        ZendVm.setBool(rv, true);
    }
}
