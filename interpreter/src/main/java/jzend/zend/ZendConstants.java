package jzend.zend;

import java.util.HashMap;
import java.util.Map;

/**
 * EG(zend_constants) (zend_constants.c): the predefined constants, which the compiler substitutes
 * at compile time as php does for persistent constants (zend_try_ct_eval_const), and the request's
 * user constants (define(), const), whose values are zvals in native memory kept until the request
 * ends.
 */
public final class ZendConstants {
    private ZendConstants() {}

    private static final Map<String, Object> PREDEFINED = new HashMap<>();

    static {
        Object[][] table = {
            {"PHP_EOL", "\n"}, {"PHP_INT_MAX", Long.MAX_VALUE}, {"PHP_INT_MIN", Long.MIN_VALUE}, {"PHP_INT_SIZE", 8L},
            {"PHP_FLOAT_EPSILON", Math.ulp(1.0)}, {"PHP_FLOAT_MAX", Double.MAX_VALUE}, {"PHP_FLOAT_MIN", Double.MIN_NORMAL},
            {"PHP_FLOAT_DIG", 15L}, {"NAN", Double.NaN}, {"INF", Double.POSITIVE_INFINITY},
            {"M_PI", Math.PI}, {"M_E", Math.E}, {"M_LOG2E", 1.4426950408889634074}, {"M_LOG10E", 0.43429448190325182765},
            {"M_LN2", 0.69314718055994530942}, {"M_LN10", 2.30258509299404568402}, {"M_PI_2", Math.PI / 2},
            {"M_PI_4", Math.PI / 4}, {"M_1_PI", 1 / Math.PI}, {"M_2_PI", 2 / Math.PI}, {"M_SQRTPI", Math.sqrt(Math.PI)},
            {"M_2_SQRTPI", 2 / Math.sqrt(Math.PI)}, {"M_SQRT2", Math.sqrt(2)}, {"M_SQRT3", Math.sqrt(3)},
            {"M_SQRT1_2", Math.sqrt(0.5)}, {"M_LNPI", Math.log(Math.PI)}, {"M_EULER", 0.57721566490153286061},
            {"E_ERROR", 1L}, {"E_WARNING", 2L}, {"E_PARSE", 4L}, {"E_NOTICE", 8L}, {"E_CORE_ERROR", 16L},
            {"E_CORE_WARNING", 32L}, {"E_COMPILE_ERROR", 64L}, {"E_COMPILE_WARNING", 128L}, {"E_USER_ERROR", 256L},
            {"E_USER_WARNING", 512L}, {"E_USER_NOTICE", 1024L}, {"E_STRICT", 2048L}, {"E_RECOVERABLE_ERROR", 4096L},
            {"E_DEPRECATED", 8192L}, {"E_USER_DEPRECATED", 16384L}, {"E_ALL", 32767L},
            {"PHP_VERSION", jzend.main.PhpVersion.PHP_VERSION}, {"PHP_MAJOR_VERSION", 8L}, {"PHP_MINOR_VERSION", 2L},
            {"PHP_RELEASE_VERSION", 36L}, {"PHP_VERSION_ID", 80236L}, {"PHP_EXTRA_VERSION", "-jzend"},
            {"PHP_OS", "Linux"}, {"PHP_OS_FAMILY", "Linux"}, {"DIRECTORY_SEPARATOR", "/"}, {"PATH_SEPARATOR", ":"},
            {"PHP_MAXPATHLEN", 4096L}, {"PHP_DEBUG", 0L}, {"PHP_ZTS", 0L}, {"ZEND_THREAD_SAFE", false}, {"ZEND_DEBUG_BUILD", false},
            {"PHP_ROUND_HALF_UP", 1L}, {"PHP_ROUND_HALF_DOWN", 2L}, {"PHP_ROUND_HALF_EVEN", 3L}, {"PHP_ROUND_HALF_ODD", 4L},
            {"SORT_REGULAR", 0L}, {"SORT_NUMERIC", 1L}, {"SORT_STRING", 2L}, {"SORT_FLAG_CASE", 8L}, {"SORT_NATURAL", 6L},
            {"SORT_LOCALE_STRING", 5L}, {"SORT_ASC", 4L}, {"SORT_DESC", 3L}, {"CASE_LOWER", 0L}, {"CASE_UPPER", 1L},
            {"COUNT_NORMAL", 0L}, {"COUNT_RECURSIVE", 1L}, {"MT_RAND_MT19937", 0L}, {"MT_RAND_PHP", 1L},
            {"STR_PAD_LEFT", 0L}, {"STR_PAD_RIGHT", 1L}, {"STR_PAD_BOTH", 2L}, {"ENT_HTML_QUOTE_NONE", 0L}, {"ENT_HTML_QUOTE_SINGLE", 1L}, {"ENT_HTML_QUOTE_DOUBLE", 2L}, {"ENT_COMPAT", 2L}, {"ENT_QUOTES", 3L}, {"ENT_NOQUOTES", 0L}, {"ENT_IGNORE", 4L}, {"ENT_SUBSTITUTE", 8L}, {"ENT_DISALLOWED", 128L}, {"ENT_HTML401", 0L}, {"ENT_XML1", 16L}, {"ENT_XHTML", 32L}, {"ENT_HTML5", 48L},
        };
        for (Object[] row : table) PREDEFINED.put((String) row[0], row[1]);
        PREDEFINED.put("ARRAY_FILTER_USE_BOTH", 1L);
        for (Object[] row : new Object[][] {{"EXTR_OVERWRITE", 0L}, {"EXTR_SKIP", 1L}, {"EXTR_PREFIX_SAME", 2L}, {"EXTR_PREFIX_ALL", 3L},
                {"EXTR_PREFIX_INVALID", 4L}, {"EXTR_PREFIX_IF_EXISTS", 5L}, {"EXTR_IF_EXISTS", 6L}, {"EXTR_REFS", 256L}}) {
            PREDEFINED.put((String) row[0], row[1]);
        }
        PREDEFINED.put("ARRAY_FILTER_USE_KEY", 2L);
        for (Object[] row : jzend.ext.json.Json.CONSTANTS) PREDEFINED.put((String) row[0], row[1]);
    }

    /** A predefined constant's value (Long, Double, Boolean or String), or null. Names are case-sensitive. */
    public static Object predefined(String name) {
        return PREDEFINED.get(name);
    }

    /** The request's user constants: name → address of an emalloc'd zval holding the value. */
    private static final Map<String, Long> user = new HashMap<>();

    /** The zval of a user constant, or 0. */
    public static long find(String name) {
        Long zv = user.get(name);
        return zv == null ? 0 : zv;
    }

    /** Whether a name is taken, by a predefined or a user constant. */
    public static boolean defined(String name) {
        return PREDEFINED.containsKey(name) || user.containsKey(name);
    }

    /** Registers a user constant holding {@code zv}, which the table now owns; the caller checked it is new. */
    public static void register(String name, long zv) {
        user.put(name, zv);
    }

    /** The request's user constants go (zend_deactivate: clean_non_persistent_constants); {@code release} frees a value. */
    public static void clearRequest(java.util.function.LongConsumer release) {
        for (long zv : user.values()) release.accept(zv);
        user.clear();
    }
}
