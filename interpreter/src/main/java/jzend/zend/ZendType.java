package jzend.zend;

import java.util.ArrayList;
import java.util.List;

/**
 * Type declarations as masks of the value types they accept (zend_types.h's MAY_BE_* bits, one
 * per zval type), their spelling in messages (zend_type_to_string's canonical order) and the
 * mask of a value's type.
 */
public final class ZendType {
    private ZendType() {}

    public static final int MAY_BE_NULL = 1 << 1, MAY_BE_FALSE = 1 << 2, MAY_BE_TRUE = 1 << 3, MAY_BE_LONG = 1 << 4,
            MAY_BE_DOUBLE = 1 << 5, MAY_BE_STRING = 1 << 6, MAY_BE_ARRAY = 1 << 7, MAY_BE_OBJECT = 1 << 8,
            MAY_BE_BOOL = MAY_BE_FALSE | MAY_BE_TRUE, MAY_BE_VOID = 1 << 20, MAY_BE_NEVER = 1 << 21,
            MAY_BE_CALLABLE = 1 << 22;
    /** mixed: any value. */
    public static final int MAY_BE_ANY = MAY_BE_NULL | MAY_BE_BOOL | MAY_BE_LONG | MAY_BE_DOUBLE | MAY_BE_STRING
            | MAY_BE_ARRAY | MAY_BE_OBJECT | (1 << 9);

    /** The bit of a zval type code (IS_NULL 1 … IS_OBJECT 8): 1 << type. */
    public static int bitOf(int zvalType) {
        return 1 << zvalType;
    }

    /** The mask of one declared type name (case-insensitive), or 0 when jzend has no such type. */
    public static int ofName(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "int" -> MAY_BE_LONG;
            case "float" -> MAY_BE_DOUBLE;
            case "string" -> MAY_BE_STRING;
            case "bool" -> MAY_BE_BOOL;
            case "false" -> MAY_BE_FALSE;
            case "true" -> MAY_BE_TRUE;
            case "null" -> MAY_BE_NULL;
            case "array", "iterable" -> MAY_BE_ARRAY;
            case "mixed" -> MAY_BE_ANY;
            case "void" -> MAY_BE_VOID;
            case "never" -> MAY_BE_NEVER;
            case "callable" -> MAY_BE_CALLABLE;
            default -> 0;
        };
    }

    /** Port of zend_type_to_string for the builtin types: "?int", "string|int", "mixed"… */
    public static String toString(int mask) {
        if ((mask & MAY_BE_ANY) == MAY_BE_ANY) return "mixed";
        List<String> parts = new ArrayList<>();
        if ((mask & MAY_BE_CALLABLE) != 0) parts.add("callable");
        if ((mask & MAY_BE_OBJECT) != 0) parts.add("object");
        if ((mask & MAY_BE_ARRAY) != 0) parts.add("array");
        if ((mask & MAY_BE_STRING) != 0) parts.add("string");
        if ((mask & MAY_BE_LONG) != 0) parts.add("int");
        if ((mask & MAY_BE_DOUBLE) != 0) parts.add("float");
        if ((mask & MAY_BE_BOOL) == MAY_BE_BOOL) parts.add("bool");
        else if ((mask & MAY_BE_FALSE) != 0) parts.add("false");
        else if ((mask & MAY_BE_TRUE) != 0) parts.add("true");
        if ((mask & MAY_BE_VOID) != 0) parts.add("void");
        if ((mask & MAY_BE_NEVER) != 0) parts.add("never");
        if ((mask & MAY_BE_NULL) != 0) {
            if (parts.size() == 1 && !parts.get(0).equals("mixed")) return "?" + parts.get(0);
            parts.add("null");
        }
        return String.join("|", parts);
    }
}
