package jzend.zend.compile.ast;

import java.nio.charset.StandardCharsets;

/**
 * A function/constant/type name as written (T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED,
 * T_NAME_RELATIVE): its bytes without the leading "\" or "namespace\", and its kind. With no
 * namespaces in jzend every kind resolves to the global name {@link #bytes()}; case-folding (for
 * functions, true/false/null) is the compiler's business, as in zend_compile.c.
 */
public record Name(byte[] bytes, Kind kind) {

    /** How the name was qualified (ZEND_NAME_NOT_FQ / ZEND_NAME_FQ / ZEND_NAME_RELATIVE). */
    public enum Kind { UNQUALIFIED, QUALIFIED, FULLY_QUALIFIED, RELATIVE }

    /** The name as ISO-8859-1 text (one char per byte). */
    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The name as the source wrote it, with any "\" or "namespace\" prefix. */
    public String written() {
        return switch (kind) {
            case FULLY_QUALIFIED -> "\\" + text();
            case RELATIVE -> "namespace\\" + text();
            default -> text();
        };
    }
}
