package jzend.zend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The directive registry and value parsers of Zend/zend_ini.c: EG(ini_directives),
 * zend_register_ini_entries, zend_alter_ini_entry_ex, the end-of-request restore
 * (zend_ini_deactivate), zend_ini_parse_bool and zend_ini_parse_quantity (PHP 8.2's parser for
 * sizes such as memory_limit, with its warnings).
 */
public final class ZendIni {
    private ZendIni() {}

    public static final int ZEND_INI_USER = 1;
    public static final int ZEND_INI_PERDIR = 2;
    public static final int ZEND_INI_SYSTEM = 4;
    public static final int ZEND_INI_ALL = ZEND_INI_USER | ZEND_INI_PERDIR | ZEND_INI_SYSTEM;

    public static final int ZEND_INI_STAGE_STARTUP = 1;
    public static final int ZEND_INI_STAGE_SHUTDOWN = 2;
    public static final int ZEND_INI_STAGE_ACTIVATE = 4;
    public static final int ZEND_INI_STAGE_DEACTIVATE = 8;
    public static final int ZEND_INI_STAGE_RUNTIME = 16;

    /** EG(ini_directives), in registration order (persistent: outside the request heap). */
    private static final Map<String, ZendIniEntry> ini_directives = new LinkedHashMap<>();

    /** zend_get_configuration_directive: php.ini + -d values (php_ini.c's configuration_hash). */
    private static Function<String, String> configuration = name -> null;

    /** Port of zend_ini_startup. */
    public static void zend_ini_startup() {
        ini_directives.clear();
    }

    /** Port of zend_ini_shutdown. */
    public static void zend_ini_shutdown() {
        ini_directives.clear();
    }

    /** Installs zend_get_configuration_directive (php_get_configuration_directive in main/). */
    public static void set_configuration(Function<String, String> lookup) {
        configuration = lookup;
    }

    /**
     * Port of zend_register_ini_entries: each directive takes its configured value if its handler
     * accepts it, else its default (the handler is then run with the default).
     */
    public static void zend_register_ini_entries(Iterable<ZendIniEntry.Def> defs) {
        for (ZendIniEntry.Def def : defs) {
            ZendIniEntry p = new ZendIniEntry(def);
            ini_directives.put(p.name, p);
            String configured = configuration.apply(p.name);
            if (configured != null && (p.on_modify == null || p.on_modify.modify(p, configured, ZEND_INI_STAGE_STARTUP))) {
                p.value = configured;
            } else {
                p.value = def.defaultValue();
                if (p.on_modify != null) p.on_modify.modify(p, p.value, ZEND_INI_STAGE_STARTUP);
            }
        }
    }

    /** Port of zend_alter_ini_entry_ex (ini_set, -d at activation): false is FAILURE. */
    public static boolean zend_alter_ini_entry_ex(String name, String newValue, int modifyType, int stage, boolean force) {
        ZendIniEntry entry = ini_directives.get(name);
        if (entry == null) return false;
        if ((entry.modifiable & modifyType) == 0 && !force) return false;
        if (!entry.modified) {
            entry.orig_value = entry.value;
            entry.orig_modifiable = entry.modifiable;
            entry.modified = true;
        }
        if (entry.on_modify == null || entry.on_modify.modify(entry, newValue, stage)) {
            entry.value = newValue;
            return true;
        }
        return false;
    }

    /** Port of zend_alter_ini_entry_chars with PHP_INI_USER at run time (what ini_set() does). */
    public static boolean zend_alter_ini_entry(String name, String newValue) {
        return zend_alter_ini_entry_ex(name, newValue, ZEND_INI_USER, ZEND_INI_STAGE_RUNTIME, false);
    }

    /** Port of zend_restore_ini_entry (ini_restore). */
    public static boolean zend_restore_ini_entry(String name) {
        ZendIniEntry entry = ini_directives.get(name);
        if (entry == null) return false;
        restore(entry, ZEND_INI_STAGE_RUNTIME);
        return true;
    }

    /** Port of zend_ini_deactivate: every directive changed during the request gets its value back. */
    public static void zend_ini_deactivate() {
        for (ZendIniEntry entry : ini_directives.values()) {
            if (entry.modified) restore(entry, ZEND_INI_STAGE_DEACTIVATE);
        }
    }

    private static void restore(ZendIniEntry entry, int stage) {
        if (!entry.modified) return;
        if (entry.on_modify != null) entry.on_modify.modify(entry, entry.orig_value, stage);
        entry.value = entry.orig_value;
        entry.modified = false;
        entry.orig_value = null;
    }

    /** The registered entry, or null (zend_hash_find_ptr(EG(ini_directives), name)). */
    public static ZendIniEntry entry(String name) {
        return ini_directives.get(name);
    }

    /** Port of zend_ini_get_value (ini_get): the value, "" for none, null when unknown. */
    public static String zend_ini_get_value(String name) {
        ZendIniEntry entry = ini_directives.get(name);
        if (entry == null) return null;
        return entry.value == null ? "" : entry.value;
    }

    /** Port of zend_ini_parse_bool: "true"/"yes"/"on" (any case), else atoi(value) != 0. */
    public static boolean zend_ini_parse_bool(String str) {
        if (str == null) return false;
        if (str.equalsIgnoreCase("true") || str.equalsIgnoreCase("yes") || str.equalsIgnoreCase("on")) return true;
        return (int) ZendAtol.atol(str) != 0;
    }

    /** The outcome of zend_ini_parse_quantity: the value and, for a malformed one, the warning text (errstr). */
    public record Quantity(long value, String error) {}

    /** Port of zend_ini_parse_quantity (signed). */
    public static Quantity zend_ini_parse_quantity(String value) {
        return parseQuantity(value, true);
    }

    /** Port of zend_ini_parse_uquantity (unsigned; "-1" is the usual "no limit"). */
    public static Quantity zend_ini_parse_uquantity(String value) {
        return parseQuantity(value, false);
    }

    /** Port of zend_ini_parse_uquantity_warn: a malformed value raises E_WARNING "Invalid "%s" setting. %s". */
    public static long zend_ini_parse_uquantity_warn(String value, String setting) {
        Quantity q = zend_ini_parse_uquantity(value);
        if (q.error() != null) Zend.zend_error(ZendErrors.E_WARNING, "Invalid \"" + setting + "\" setting. " + q.error());
        return q.value();
    }

    /** Port of zend_ini_parse_quantity_warn. */
    public static long zend_ini_parse_quantity_warn(String value, String setting) {
        Quantity q = zend_ini_parse_quantity(value);
        if (q.error() != null) Zend.zend_error(ZendErrors.E_WARNING, "Invalid \"" + setting + "\" setting. " + q.error());
        return q.value();
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    private static boolean isDigit(String s, int i, int end) {
        return i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** Port of zend_ini_parse_quantity_internal. */
    private static Quantity parseQuantity(String value, boolean signed) {
        if (value == null) value = "";
        int start = 0, end = value.length();
        while (start < end && isWhitespace(value.charAt(start))) start++;
        while (start < end && isWhitespace(value.charAt(end - 1))) end--;
        if (start == end) return new Quantity(0, null);
        String invalid = escaped(value);
        int digits = start;
        boolean negative = false;
        if (value.charAt(digits) == '+') {
            digits++;
        } else if (value.charAt(digits) == '-') {
            negative = true;
            digits++;
        }
        if (!isDigit(value, digits, end)) {
            return new Quantity(0, "Invalid quantity \"" + invalid + "\": no valid leading digits, interpreting as \"0\" for backwards compatibility");
        }
        int base = 10;
        if (value.charAt(digits) == '0' && !isDigit(value, digits + 1, end)) {
            if (digits + 1 == end) return new Quantity(0, null);
            char p = value.charAt(digits + 1);
            switch (p) {
                case 'g', 'G', 'm', 'M', 'k', 'K' -> base = 10;
                case 'x', 'X' -> base = 16;
                case 'o', 'O' -> base = 8;
                case 'b', 'B' -> base = 2;
                default -> {
                    return new Quantity(0, "Invalid prefix \"0" + p + "\", interpreting as \"0\" for backwards compatibility");
                }
            }
            if (base != 10) {
                digits += 2;
                if (digits == end || !isDigitIn(value.charAt(digits), base)) {
                    return new Quantity(0, "Invalid quantity \"" + invalid + "\": no digits after base prefix, interpreting as \"0\" for backwards compatibility");
                }
            }
        } else if (value.charAt(digits) == '0') {
            base = 8; // strtoul with base 0: a leading 0 means octal
        }
        // ZEND_STRTOUL(digits, &digits_end, base)
        long retval = 0;
        boolean overflow = false;
        int digitsEnd = digits;
        while (digitsEnd < end && isDigitIn(value.charAt(digitsEnd), base)) {
            int d = Character.digit(value.charAt(digitsEnd), base);
            long hi = Math.unsignedMultiplyHigh(retval, base);
            long next = retval * base + d;
            if (hi != 0 || Long.compareUnsigned(next, retval * base) < 0) overflow = true;
            retval = overflow ? -1L : next;
            digitsEnd++;
        }
        if (overflow) {
            retval = -1L; // ERANGE: ULONG_MAX
        } else if (!signed) {
            if (negative) {
                if (retval == 1 && digitsEnd == end) {
                    retval = -1L;
                } else {
                    overflow = true;
                }
            }
        } else {
            if (negative && retval == Long.MIN_VALUE) {
                retval = Long.MIN_VALUE;
            } else if (retval < 0) {
                overflow = true;
            } else if (negative) {
                retval = -retval;
            }
        }
        if (digitsEnd == digits) {
            return new Quantity(0, "Invalid quantity \"" + invalid + "\": no valid leading digits, interpreting as \"0\" for backwards compatibility");
        }
        while (digitsEnd < end && isWhitespace(value.charAt(digitsEnd))) digitsEnd++;
        if (digitsEnd != end) {
            char suffix = value.charAt(end - 1);
            long factor;
            switch (suffix) {
                case 'g', 'G' -> factor = 1L << 30;
                case 'm', 'M' -> factor = 1L << 20;
                case 'k', 'K' -> factor = 1L << 10;
                default -> {
                    return new Quantity(retval, "Invalid quantity \"" + invalid + "\": unknown multiplier \"" + escaped(String.valueOf(suffix))
                            + "\", interpreting as \"" + escaped(value.substring(0, digitsEnd)) + "\" for backwards compatibility");
                }
            }
            if (!overflow) {
                if (signed) {
                    overflow = retval > 0 ? retval > Long.MAX_VALUE / factor : retval < Long.MIN_VALUE / factor;
                } else {
                    overflow = Long.compareUnsigned(retval, Long.divideUnsigned(-1L, factor)) > 0;
                }
            }
            retval *= factor;
            if (digitsEnd != end - 1) {
                return new Quantity(retval, "Invalid quantity \"" + invalid + "\", interpreting as \""
                        + escaped(value.substring(0, digitsEnd)) + escaped(String.valueOf(suffix)) + "\" for backwards compatibility");
            }
        }
        if (overflow) {
            return new Quantity(retval, "Invalid quantity \"" + invalid + "\": value is out of range, using overflow result for backwards compatibility");
        }
        return new Quantity(retval, null);
    }

    private static boolean isDigitIn(char c, int base) {
        return Character.digit(c, base) >= 0 && c < 128;
    }

    /** smart_str_append_escaped: non-printable bytes as \n, \t, … or \xHH; backslashes doubled. */
    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 32 || c == '\\' || c > 126) {
                sb.append('\\');
                switch (c) {
                    case '\n' -> sb.append('n');
                    case '\t' -> sb.append('t');
                    case '\r' -> sb.append('r');
                    case '\f' -> sb.append('f');
                    case 0x0b -> sb.append('v');
                    case '\\' -> sb.append('\\');
                    case 0x1b -> sb.append('e');
                    default -> sb.append('x').append(String.format("%02X", c & 0xff));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
