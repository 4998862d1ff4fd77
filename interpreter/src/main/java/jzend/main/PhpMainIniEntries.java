package jzend.main;

import jzend.zend.CompilerGlobals;
import jzend.zend.ExecutorGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendAtol;
import jzend.zend.ZendErrors;
import jzend.zend.ZendIni;
import jzend.zend.ZendIniEntry;
import jzend.zend.alloc.ZendAlloc;

import java.util.List;

import static jzend.zend.ZendIni.*;

/**
 * The directives main.c registers (PHP_INI_BEGIN … PHP_INI_END) that the start-up chain and
 * the SAPIs use, with their defaults and on-modify handlers, plus the two of zend.c
 * (zend_register_standard_ini_entries: error_reporting, short_open_tag).
 */
public final class PhpMainIniEntries {
    private PhpMainIniEntries() {}

    /** Port of OnSetMemoryLimit: zend_set_memory_limit, or PHP's warning and FAILURE. */
    static boolean OnSetMemoryLimit(ZendIniEntry entry, String newValue, int stage) {
        long value = ZendIni.zend_ini_parse_uquantity_warn(newValue, entry.name);
        if (!ZendAlloc.zend_set_memory_limit(value)) {
            // Restoring the limit at request end may find more memory in use than it allows: the
            // limit is set again once the memory manager has shut the request down.
            if (stage != ZEND_INI_STAGE_DEACTIVATE) {
                Zend.zend_error(ZendErrors.E_WARNING, "Failed to set memory limit to " + value
                        + " bytes (Current memory usage is " + ZendAlloc.zend_memory_usage(true) + " bytes)");
                return false;
            }
        }
        PhpGlobals.memory_limit = value;
        return true;
    }

    /** Port of php_get_display_errors_mode. */
    static int php_get_display_errors_mode(String value) {
        if (value == null) return PhpGlobals.PHP_DISPLAY_ERRORS_STDOUT;
        if (value.equalsIgnoreCase("on") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true")
                || value.equalsIgnoreCase("stdout")) {
            return PhpGlobals.PHP_DISPLAY_ERRORS_STDOUT;
        }
        if (value.equalsIgnoreCase("stderr")) return PhpGlobals.PHP_DISPLAY_ERRORS_STDERR;
        int mode = (int) (ZendAtol.atol(value) & 0xff);
        if (mode != 0 && mode != PhpGlobals.PHP_DISPLAY_ERRORS_STDOUT && mode != PhpGlobals.PHP_DISPLAY_ERRORS_STDERR) {
            return PhpGlobals.PHP_DISPLAY_ERRORS_STDOUT;
        }
        return mode;
    }

    /** OnSetPrecision / OnSetSerializePrecision: an integer ≥ -1, else FAILURE. */
    private static long precisionValue(String v) {
        return v == null ? Long.MIN_VALUE : ZendAtol.atol(v);
    }

    private static ZendIniEntry.Def bool(String name, String def, int modifiable, java.util.function.Consumer<Boolean> set) {
        return new ZendIniEntry.Def(name, def, modifiable, (e, v, stage) -> {
            set.accept(ZendIni.zend_ini_parse_bool(v));
            return true;
        });
    }

    private static ZendIniEntry.Def string(String name, String def, int modifiable, java.util.function.Consumer<String> set) {
        return new ZendIniEntry.Def(name, def, modifiable, (e, v, stage) -> {
            set.accept(v);
            return true;
        });
    }

    /** main.c's PHP_INI entries used so far. */
    static List<ZendIniEntry.Def> entries() {
        return List.of(
                new ZendIniEntry.Def("display_errors", "1", ZEND_INI_ALL, (e, v, s) -> {
                    PhpGlobals.display_errors = php_get_display_errors_mode(v);
                    return true;
                }),
                bool("display_startup_errors", "1", ZEND_INI_ALL, b -> PhpGlobals.display_startup_errors = b),
                string("error_log", null, ZEND_INI_ALL, v -> PhpGlobals.error_log = v),
                string("error_prepend_string", null, ZEND_INI_ALL, v -> PhpGlobals.error_prepend_string = v),
                string("error_append_string", null, ZEND_INI_ALL, v -> PhpGlobals.error_append_string = v),
                bool("log_errors", "0", ZEND_INI_ALL, b -> PhpGlobals.log_errors = b),
                bool("html_errors", "1", ZEND_INI_ALL, b -> PhpGlobals.html_errors = b),
                new ZendIniEntry.Def("memory_limit", "128M", ZEND_INI_ALL, PhpMainIniEntries::OnSetMemoryLimit),
                new ZendIniEntry.Def("precision", "14", ZEND_INI_ALL, (e, v, s) -> {
                    long i = precisionValue(v);
                    if (i < -1) return false;
                    ExecutorGlobals.precision = (int) i; // OnSetPrecision: EG(precision)
                    return true;
                }),
                new ZendIniEntry.Def("serialize_precision", "-1", ZEND_INI_ALL, (e, v, s) -> {
                    long i = precisionValue(v);
                    if (i < -1) return false;
                    PhpGlobals.serialize_precision = i;
                    return true;
                }),
                new ZendIniEntry.Def("output_buffering", "0", ZEND_INI_PERDIR | ZEND_INI_SYSTEM, (e, v, s) -> {
                    PhpGlobals.output_buffering = ZendIni.zend_ini_parse_quantity_warn(v, e.name);
                    return true;
                }),
                bool("implicit_flush", "0", ZEND_INI_ALL, b -> PhpGlobals.implicit_flush = b),
                bool("expose_php", "1", ZEND_INI_SYSTEM, b -> PhpGlobals.expose_php = b),
                bool("register_argc_argv", "1", ZEND_INI_PERDIR | ZEND_INI_SYSTEM, b -> PhpGlobals.register_argc_argv = b),
                string("variables_order", "EGPCS", ZEND_INI_SYSTEM | ZEND_INI_PERDIR, v -> PhpVariables.variables_order = v == null ? "" : v),
                string("request_order", null, ZEND_INI_SYSTEM | ZEND_INI_PERDIR, v -> PhpVariables.request_order = v),
                bool("auto_globals_jit", "1", ZEND_INI_PERDIR | ZEND_INI_SYSTEM, b -> PhpVariables.auto_globals_jit = b),
                string("arg_separator.input", "&", ZEND_INI_SYSTEM | ZEND_INI_PERDIR, v -> PhpVariables.arg_separator_input = v == null ? "&" : v),
                bool("report_memleaks", "1", ZEND_INI_ALL, b -> PhpGlobals.report_memleaks = b),
                bool("enable_post_data_reading", "1", ZEND_INI_SYSTEM | ZEND_INI_PERDIR, b -> PhpGlobals.enable_post_data_reading = b),
                new ZendIniEntry.Def("post_max_size", "8M", ZEND_INI_SYSTEM | ZEND_INI_PERDIR, (e, v, s) -> {
                    SapiGlobals.post_max_size = ZendIni.zend_ini_parse_quantity_warn(v, e.name);
                    return true;
                }),
                string("default_mimetype", SAPI.SAPI_DEFAULT_MIMETYPE, ZEND_INI_ALL, v -> SapiGlobals.default_mimetype = v),
                string("default_charset", SAPI.SAPI_DEFAULT_CHARSET, ZEND_INI_ALL, v -> {
                    PhpGlobals.default_charset = v;
                    SapiGlobals.default_charset = v;
                }));
    }

    /** Port of zend_register_standard_ini_entries (zend.c's entries used so far). */
    static List<ZendIniEntry.Def> zendEntries() {
        return List.of(
                new ZendIniEntry.Def("error_reporting", null, ZEND_INI_ALL, (e, v, s) -> {
                    ExecutorGlobals.error_reporting = v == null ? ZendErrors.E_ALL : (int) ZendAtol.atol(v);
                    return true;
                }),
                bool("short_open_tag", "1", ZEND_INI_SYSTEM | ZEND_INI_PERDIR, b -> CompilerGlobals.short_tags = b));
    }
}
