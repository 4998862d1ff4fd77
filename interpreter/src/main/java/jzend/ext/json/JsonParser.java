package jzend.ext.json;

import jzend.zend.alloc.LibC;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.hash.ZendSymtable;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.ZendStrtod;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

import static jzend.ext.json.Json.*;

/**
 * ext/json's decoder: the token rules of json_scanner.re (RFC 8259 literals, numbers with the
 * big-int rule, strings with escapes, UTF-16 surrogate pairs and strict UTF-8) and the grammar of
 * json_parser.y (with its STATE_MISMATCH rule for "[1}" and "{]"), as a recursive descent that
 * reads tokens in the order the LALR parser does, so the first error found is PHP's.
 */
final class JsonParser {
    private static final int T_EOI = 0, T_LBRACE = 1, T_RBRACE = 2, T_LBRACKET = 3, T_RBRACKET = 4, T_COLON = 5,
            T_COMMA = 6, T_NUL = 7, T_TRUE = 8, T_FALSE = 9, T_INT = 10, T_DOUBLE = 11, T_STRING = 12;

    /** A decoding error with its JSON_ERROR_* code. */
    private static final class Fail extends RuntimeException {
        final int code;
        Fail(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    private final byte[] s;
    private final int options;
    private final int maxDepth;
    private int pos;
    private int depth;
    /** A JSON object was decoded while objects were asked for (not arrays): jzend cannot make stdClass. */
    private boolean objectSeen;

    // the current token's value
    private long lval;
    private double dval;
    private final ByteBuf str = new ByteBuf();

    JsonParser(byte[] s, int options, int maxDepth) {
        this.s = s;
        this.options = options;
        this.maxDepth = maxDepth;
    }

    /** php_json_parse: the value into rv, or the error code (rv untouched then). */
    int parse(long rv) {
        try {
            value(rv, next());
            try {
                if (next() != T_EOI) throw new Fail(JSON_ERROR_SYNTAX);
            } catch (Fail f) {
                ZendVm.release(rv);
                throw f;
            }
        } catch (Fail f) {
            return f.code;
        }
        if (objectSeen) {
            ZendVm.release(rv);
            ZendVm.setNull(rv);
            throw ZendError.create("Error", "jzend cannot decode a JSON object into a stdClass object yet"
                    + " (objects are not supported); pass true as $associative");
        }
        return JSON_ERROR_NONE;
    }

    private void value(long zv, int tok) {
        switch (tok) {
            case T_NUL -> ZendVm.setNull(zv);
            case T_TRUE -> ZendVm.setBool(zv, true);
            case T_FALSE -> ZendVm.setBool(zv, false);
            case T_INT -> ZendVm.setLong(zv, lval);
            case T_DOUBLE -> ZendVm.setDouble(zv, dval);
            case T_STRING -> ZendVm.setString(zv, newString());
            case T_LBRACKET -> array(zv);
            case T_LBRACE -> object(zv);
            default -> throw new Fail(JSON_ERROR_SYNTAX);
        }
    }

    /** The scanner's string value: ZVAL_EMPTY_STRING for "", else a new zend_string. */
    private long newString() {
        if (str.length() == 0) return ZendInternedStrings.emptyString();
        return ZendString.init(str.array(), 0, str.length(), false);
    }

    private void enter() {
        if (++depth >= maxDepth) throw new Fail(JSON_ERROR_DEPTH);
    }

    private void array(long zv) {
        enter();
        int tok = next();
        if (tok == T_RBRACE) throw new Fail(JSON_ERROR_STATE_MISMATCH);
        if (tok == T_RBRACKET) {
            // elements: %empty → ZVAL_EMPTY_ARRAY
            ZendArrays.setEmptyArray(zv);
            depth--;
            return;
        }
        long ht = ZendHash.zend_new_array_0();
        ZendArrays.setArray(zv, ht);
        long tmp = LibC.malloc(16);
        try {
            {
                while (true) {
                    value(tmp, tok);
                    ZendHash.zend_hash_next_index_insert(ht, tmp);
                    tok = next();
                    if (tok == T_COMMA) {
                        tok = next();
                        continue;
                    }
                    if (tok == T_RBRACKET) break;
                    if (tok == T_RBRACE) throw new Fail(JSON_ERROR_STATE_MISMATCH);
                    throw new Fail(JSON_ERROR_SYNTAX);
                }
            }
        } catch (Fail f) {
            ZendArrays.release(ht);
            throw f;
        } finally {
            LibC.free(tmp);
        }
        depth--;
    }

    private void object(long zv) {
        enter();
        if ((options & JSON_OBJECT_AS_ARRAY) == 0) objectSeen = true;
        int tok = next();
        if (tok == T_RBRACKET) throw new Fail(JSON_ERROR_STATE_MISMATCH);
        if (tok == T_RBRACE) {
            // members: %empty → ZVAL_EMPTY_ARRAY when objects are decoded as arrays
            ZendArrays.setEmptyArray(zv);
            depth--;
            return;
        }
        long ht = ZendHash.zend_new_array_0();
        ZendArrays.setArray(zv, ht);
        long tmp = LibC.malloc(16);
        try {
            {
                while (true) {
                    if (tok != T_STRING) throw new Fail(JSON_ERROR_SYNTAX);
                    long key = newString();
                    try {
                        if (next() != T_COLON) throw new Fail(JSON_ERROR_SYNTAX);
                        value(tmp, next());
                        ZendSymtable.zend_symtable_update(ht, key, tmp);
                    } finally {
                        ZendString.release(key);
                    }
                    tok = next();
                    if (tok == T_COMMA) {
                        tok = next();
                        continue;
                    }
                    if (tok == T_RBRACE) break;
                    if (tok == T_RBRACKET) throw new Fail(JSON_ERROR_STATE_MISMATCH);
                    throw new Fail(JSON_ERROR_SYNTAX);
                }
            }
        } catch (Fail f) {
            ZendArrays.release(ht);
            throw f;
        } finally {
            LibC.free(tmp);
        }
        depth--;
    }

    // ------------------------------------------------------------------ scanner

    private int at(int i) {
        return i < s.length ? s[i] & 0xff : -1;
    }

    private boolean digit(int i) {
        int c = at(i);
        return c >= '0' && c <= '9';
    }

    private boolean literal(String lit) {
        if (pos + lit.length() > s.length) return false;
        for (int k = 0; k < lit.length(); k++) if (s[pos + k] != lit.charAt(k)) return false;
        pos += lit.length();
        return true;
    }

    /** The next token (php_json_scan). */
    private int next() {
        while (true) {
            if (pos >= s.length) return T_EOI;
            int c = s[pos] & 0xff;
            switch (c) {
                case ' ', '\t', '\n', '\r' -> pos++;
                case '{' -> { pos++; return T_LBRACE; }
                case '}' -> { pos++; return T_RBRACE; }
                case '[' -> { pos++; return T_LBRACKET; }
                case ']' -> { pos++; return T_RBRACKET; }
                case ':' -> { pos++; return T_COLON; }
                case ',' -> { pos++; return T_COMMA; }
                case '"' -> { pos++; return string(); }
                case 0 -> throw new Fail(JSON_ERROR_CTRL_CHAR);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        int t = number();
                        if (t >= 0) return t;
                    } else if (c == 't' && literal("true")) {
                        return T_TRUE;
                    } else if (c == 'f' && literal("false")) {
                        return T_FALSE;
                    } else if (c == 'n' && literal("null")) {
                        return T_NUL;
                    }
                    // <JS>UTF8: any other valid character is a syntax error; an invalid byte a UTF-8 one
                    if (c < 0x80 || strictUtf8Length(pos) > 0) throw new Fail(JSON_ERROR_SYNTAX);
                    throw new Fail(JSON_ERROR_UTF8);
                }
            }
        }
    }

    /** An int or double token at pos, or -1 when there is none ('-' alone). */
    private int number() {
        int start = pos, i = pos;
        boolean negative = at(i) == '-';
        if (negative) i++;
        if (at(i) == '0') {
            i++;
        } else if (digit(i)) {
            while (digit(i)) i++;
        } else {
            return -1;
        }
        int intEnd = i;
        boolean isDouble = false;
        if (at(i) == '.' && digit(i + 1)) {
            i += 2;
            while (digit(i)) i++;
            isDouble = true;
        }
        if (at(i) == 'e' || at(i) == 'E') {
            int j = i + 1;
            if (at(j) == '+' || at(j) == '-') j++;
            if (digit(j)) {
                while (digit(j)) j++;
                i = j;
                isDouble = true;
            }
        }
        pos = i;
        if (isDouble) {
            dval = ZendStrtod.strtod(s, start, i, null);
            return T_DOUBLE;
        }
        int digits = intEnd - start - (negative ? 1 : 0);
        boolean bigint = false;
        if (digits >= 19) {
            if (digits == 19) {
                int cmp = compare(start + (negative ? 1 : 0), "9223372036854775808");
                if (!(cmp < 0 || (cmp == 0 && negative))) bigint = true;
            } else {
                bigint = true;
            }
        }
        if (bigint) {
            if ((options & JSON_BIGINT_AS_STRING) != 0) {
                str.reset();
                str.append(s, start, i - start);
                return T_STRING;
            }
            dval = ZendStrtod.strtod(s, start, i, null);
            return T_DOUBLE;
        }
        long v = 0;
        for (int k = start + (negative ? 1 : 0); k < i; k++) v = v * 10 - (s[k] - '0');
        lval = negative ? v : -v;
        return T_INT;
    }

    private int compare(int off, String digits) {
        for (int k = 0; k < digits.length(); k++) {
            int d = (s[off + k] & 0xff) - digits.charAt(k);
            if (d != 0) return d;
        }
        return 0;
    }

    private int hex4(int i) {
        if (i + 4 > s.length) return -1;
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int c = s[i + k] & 0xff, d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else return -1;
            v = v * 16 + d;
        }
        return v;
    }

    /** The length of the strict UTF-8 sequence at i (json_scanner.re's UTF8 classes), or 0 when invalid. */
    private int strictUtf8Length(int i) {
        int c = at(i);
        if (c < 0x80) return 1;
        int c1 = at(i + 1), c2 = at(i + 2), c3 = at(i + 3);
        if (c >= 0xc2 && c <= 0xdf) return trail(c1) ? 2 : 0;
        if (c == 0xe0) return c1 >= 0xa0 && c1 <= 0xbf && trail(c2) ? 3 : 0;
        if ((c >= 0xe1 && c <= 0xec) || c == 0xee || c == 0xef) return trail(c1) && trail(c2) ? 3 : 0;
        if (c == 0xed) return c1 >= 0x80 && c1 <= 0x9f && trail(c2) ? 3 : 0;
        if (c == 0xf0) return c1 >= 0x90 && c1 <= 0xbf && trail(c2) && trail(c3) ? 4 : 0;
        if (c >= 0xf1 && c <= 0xf3) return trail(c1) && trail(c2) && trail(c3) ? 4 : 0;
        if (c == 0xf4) return c1 >= 0x80 && c1 <= 0x8f && trail(c2) && trail(c3) ? 4 : 0;
        return 0;
    }

    private static boolean trail(int c) {
        return c >= 0x80 && c <= 0xbf;
    }

    private void appendUtf8(int cp) {
        if (cp < 0x80) {
            str.append((byte) cp);
        } else if (cp < 0x800) {
            str.append((byte) (0xc0 | (cp >> 6))).append((byte) (0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            str.append((byte) (0xe0 | (cp >> 12))).append((byte) (0x80 | ((cp >> 6) & 0x3f))).append((byte) (0x80 | (cp & 0x3f)));
        } else {
            str.append((byte) (0xf0 | (cp >> 18))).append((byte) (0x80 | ((cp >> 12) & 0x3f)))
                    .append((byte) (0x80 | ((cp >> 6) & 0x3f))).append((byte) (0x80 | (cp & 0x3f)));
        }
    }

    /** A string token after its opening quote: escapes decoded into {@link #str}. */
    private int string() {
        str.reset();
        while (true) {
            if (pos >= s.length) throw new Fail(JSON_ERROR_CTRL_CHAR);
            int c = s[pos] & 0xff;
            if (c == '"') {
                pos++;
                return T_STRING;
            }
            if (c == '\\') {
                int e = at(pos + 1);
                switch (e) {
                    case '"', '\\', '/' -> str.append((byte) e);
                    case 'b' -> str.append((byte) '\b');
                    case 'f' -> str.append((byte) '\f');
                    case 'n' -> str.append((byte) '\n');
                    case 'r' -> str.append((byte) '\r');
                    case 't' -> str.append((byte) '\t');
                    case 'u' -> {
                        int u = hex4(pos + 2);
                        if (u < 0) throw new Fail(JSON_ERROR_SYNTAX);
                        if (u >= 0xd800 && u <= 0xdbff) {
                            int lo = at(pos + 6) == '\\' && at(pos + 7) == 'u' ? hex4(pos + 8) : -1;
                            if (lo < 0xdc00 || lo > 0xdfff) throw new Fail(JSON_ERROR_UTF16);
                            appendUtf8(0x10000 + ((u & 0x3ff) << 10) + (lo & 0x3ff));
                            pos += 12;
                            continue;
                        }
                        if (u >= 0xdc00 && u <= 0xdfff) throw new Fail(JSON_ERROR_UTF16);
                        appendUtf8(u);
                        pos += 6;
                        continue;
                    }
                    default -> throw new Fail(JSON_ERROR_SYNTAX);
                }
                pos += 2;
                continue;
            }
            if (c < 0x20) throw new Fail(JSON_ERROR_CTRL_CHAR);
            if (c < 0x80) {
                str.append((byte) c);
                pos++;
                continue;
            }
            int n = strictUtf8Length(pos);
            if (n > 0) {
                str.append(s, pos, n);
                pos += n;
                continue;
            }
            if ((options & JSON_INVALID_UTF8_IGNORE) != 0) {
                pos++;
            } else if ((options & JSON_INVALID_UTF8_SUBSTITUTE) != 0) {
                str.append((byte) 0xef).append((byte) 0xbf).append((byte) 0xbd);
                pos++;
            } else {
                throw new Fail(JSON_ERROR_UTF8);
            }
        }
    }
}
