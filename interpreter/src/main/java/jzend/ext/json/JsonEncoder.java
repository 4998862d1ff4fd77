package jzend.ext.json;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArray;
import jzend.zend.hash.ZendHash;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.DoubleFormat;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.NumericString;
import jzend.zend.ops.ZType;
import jzend.zend.string.ZendString;

import static jzend.ext.json.Json.*;

/**
 * ext/json/json_encoder.c: php_json_encode_zval for null, bools, numbers, strings, arrays
 * (lists as JSON arrays, other arrays as objects) and objects (their public properties), with PHP's escaping, pretty printing, depth and
 * error handling (the error is recorded and encoding goes on, as with PARTIAL_OUTPUT_ON_ERROR).
 */
final class JsonEncoder {
    final ByteBuf buf = new ByteBuf();
    final int options;
    final int maxDepth;
    int depth;
    int errorCode;


    JsonEncoder(int options, int maxDepth) {
        this.options = options;
        this.maxDepth = maxDepth;
    }

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** php_json_encode_zval. */
    void encode(long zv) {
        zv = ZendArrayOps.deref(zv);
        switch (NativeMemory.getInt(zv + 8) & 0xff) {
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> buf.appendAscii("null");
            case ZendVm.IS_TRUE -> buf.appendAscii("true");
            case ZendVm.IS_FALSE -> buf.appendAscii("false");
            case ZendVm.IS_LONG -> buf.append(NativeMemory.getLong(zv));
            case ZendVm.IS_DOUBLE -> encodeDouble(NativeMemory.getDouble(zv));
            case ZendVm.IS_STRING -> escapeString(ZendString.bytes(NativeMemory.getLong(zv)));
            case ZendVm.IS_ARRAY -> encodeArray(NativeMemory.getLong(zv));
            case jzend.zend.execute.ZendExceptions.IS_OBJECT -> encodeObject(NativeMemory.getLong(zv));
            default -> {
                errorCode = JSON_ERROR_UNSUPPORTED_TYPE;
                if ((options & JSON_PARTIAL_OUTPUT_ON_ERROR) != 0) buf.appendAscii("null");
            }
        }
    }

    /** php_json_encode_double, or error INF_OR_NAN with "0" written in its place. */
    private void encodeDouble(double d) {
        if (Double.isFinite(d)) {
            DoubleFormat.appendJson(buf, d, (int) jzend.main.PhpGlobals.serialize_precision, (options & JSON_PRESERVE_ZERO_FRACTION) != 0);
        } else {
            errorCode = JSON_ERROR_INF_OR_NAN;
            buf.append('0');
        }
    }

    private void prettyChar(char c) {
        if ((options & JSON_PRETTY_PRINT) != 0) buf.append(c);
    }

    private void prettyIndent() {
        if ((options & JSON_PRETTY_PRINT) != 0) buf.appendRepeat((byte) ' ', depth * 4);
    }

    /** php_json_determine_array_type: a list (keys 0..n-1 in order) is a JSON array. */
    private static boolean isList(long ht) {
        long expected = 0;
        for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
            if (ZendHash.zend_hash_key_type_at(ht, p) != ZendHash.HASH_KEY_IS_LONG || ZendHash.zend_hash_int_key_at(ht, p) != expected) {
                return false;
            }
            expected++;
        }
        return true;
    }

    /** php_json_encode_array. */
    private void encodeArray(long ht) {
        boolean asArray = (options & JSON_FORCE_OBJECT) == 0 && isList(ht);
        if (!jzend.ext.standard.VarFunctions.protectRecursion(ht)) {
            errorCode = JSON_ERROR_RECURSION;
            if ((options & JSON_PARTIAL_OUTPUT_ON_ERROR) != 0) buf.appendAscii("null");
            return;
        }
        try {
            buf.append(asArray ? '[' : '{');
            ++depth;
            boolean needComma = false;
            for (int p = ZendHash.zend_hash_first_pos(ht); p < ZendArray.numUsed(ht); p = ZendHash.zend_hash_next_pos(ht, p)) {
                if (needComma) buf.append(',');
                else needComma = true;
                prettyChar('\n');
                prettyIndent();
                if (!asArray) {
                    if (ZendHash.zend_hash_key_type_at(ht, p) == ZendHash.HASH_KEY_IS_LONG) {
                        buf.append('"').append(ZendHash.zend_hash_int_key_at(ht, p)).append('"');
                    } else {
                        if (!escapeString(ZendString.bytes(ZendHash.zend_hash_str_key_at(ht, p)), options & ~JSON_NUMERIC_CHECK)
                                && (options & JSON_PARTIAL_OUTPUT_ON_ERROR) != 0) {
                            // a key that cannot be encoded becomes "" in partial output
                            buf.setLength(buf.length() - 4);
                            buf.appendAscii("\"\"");
                        }
                    }
                    buf.append(':');
                    prettyChar(' ');
                }
                encode(ZendHash.zend_hash_data_at(ht, p));
            }
            if (depth > maxDepth) {
                errorCode = JSON_ERROR_DEPTH;
            }
            --depth;
            if (needComma) {
                prettyChar('\n');
                prettyIndent();
            }
            buf.append(asArray ? ']' : '}');
        } finally {
            jzend.ext.standard.VarFunctions.unprotectRecursion(ht);
        }
    }

    /**
     * php_json_encode_array of an object that is not JsonSerializable: its public properties as
     * a JSON object. jzend's objects (Closures, Throwables) have none, so "{}" — with the depth
     * check an object makes, and php's recursion error for an object met inside itself.
     */
    private void encodeObject(long obj) {
        if (jzend.zend.execute.ZendObjectHandlers.isRecursive(obj)) {
            errorCode = JSON_ERROR_RECURSION;
            if ((options & JSON_PARTIAL_OUTPUT_ON_ERROR) != 0) buf.appendAscii("null");
            return;
        }
        jzend.zend.execute.ZendObjectHandlers.protectRecursion(obj);
        buf.append('{');
        ++depth;
        // protected and private properties are skipped: there is nothing else
        if (depth > maxDepth) errorCode = JSON_ERROR_DEPTH;
        --depth;
        buf.append('}');
        jzend.zend.execute.ZendObjectHandlers.unprotectRecursion(obj);
    }

    private void escapeString(byte[] s) {
        escapeString(s, options);
    }

    /** php_json_escape_string: false (FAILURE) for malformed UTF-8 not ignored or substituted. */
    private boolean escapeString(byte[] s, int options) {
        if (s.length == 0) {
            buf.appendAscii("\"\"");
            return true;
        }
        if ((options & JSON_NUMERIC_CHECK) != 0) {
            NumResult r = new NumResult();
            int type = NumericString.isNumericStringEx(s, 0, s.length, r, false);
            if (type == ZType.IS_LONG) {
                buf.append(r.lval);
                return true;
            }
            if (type == ZType.IS_DOUBLE) {
                encodeDouble(r.dval);
                return true;
            }
        }
        int checkpoint = buf.length();
        buf.append('"');
        int pos = 0, len = s.length;
        while (pos < len) {
            int c = s[pos] & 0xff;
            if (c >= 0x80) {
                int start = pos;
                int us = nextUtf8(s, pos);
                if (us < 0) {
                    pos += -us;
                    if ((options & JSON_INVALID_UTF8_IGNORE) != 0) {
                        // dropped
                    } else if ((options & JSON_INVALID_UTF8_SUBSTITUTE) != 0) {
                        if ((options & JSON_UNESCAPED_UNICODE) != 0) buf.append((byte) 0xef).append((byte) 0xbf).append((byte) 0xbd);
                        else buf.appendAscii("\\ufffd");
                    } else {
                        buf.setLength(checkpoint);
                        errorCode = JSON_ERROR_UTF8;
                        if ((options & JSON_PARTIAL_OUTPUT_ON_ERROR) != 0) buf.appendAscii("null");
                        return false;
                    }
                    continue;
                }
                pos += utf8Length(us);
                if ((options & JSON_UNESCAPED_UNICODE) != 0
                        && ((options & JSON_UNESCAPED_LINE_TERMINATORS) != 0 || (us != 0x2028 && us != 0x2029))) {
                    buf.append(s, start, pos - start);
                    continue;
                }
                if (us >= 0x10000) {
                    us -= 0x10000;
                    appendU(0xd800 | (us >> 10));
                    us = 0xdc00 | (us & 0x3ff);
                }
                appendU(us);
                continue;
            }
            pos++;
            switch (c) {
                case '"' -> {
                    if ((options & JSON_HEX_QUOT) != 0) buf.appendAscii("\\u0022");
                    else buf.appendAscii("\\\"");
                }
                case '\\' -> buf.appendAscii("\\\\");
                case '/' -> {
                    if ((options & JSON_UNESCAPED_SLASHES) != 0) buf.append('/');
                    else buf.appendAscii("\\/");
                }
                case '\b' -> buf.appendAscii("\\b");
                case '\f' -> buf.appendAscii("\\f");
                case '\n' -> buf.appendAscii("\\n");
                case '\r' -> buf.appendAscii("\\r");
                case '\t' -> buf.appendAscii("\\t");
                case '<' -> {
                    if ((options & JSON_HEX_TAG) != 0) buf.appendAscii("\\u003C");
                    else buf.append('<');
                }
                case '>' -> {
                    if ((options & JSON_HEX_TAG) != 0) buf.appendAscii("\\u003E");
                    else buf.append('>');
                }
                case '&' -> {
                    if ((options & JSON_HEX_AMP) != 0) buf.appendAscii("\\u0026");
                    else buf.append('&');
                }
                case '\'' -> {
                    if ((options & JSON_HEX_APOS) != 0) buf.appendAscii("\\u0027");
                    else buf.append('\'');
                }
                default -> {
                    if (c >= ' ') {
                        buf.append((byte) c);
                    } else {
                        buf.appendAscii("\\u00");
                        buf.append(DIGITS[(c & 0xf0) >> 4]);
                        buf.append(DIGITS[c & 0xf]);
                    }
                }
            }
        }
        buf.append('"');
        return true;
    }

    private void appendU(int us) {
        buf.appendAscii("\\u");
        buf.append(DIGITS[(us >> 12) & 0xf]);
        buf.append(DIGITS[(us >> 8) & 0xf]);
        buf.append(DIGITS[(us >> 4) & 0xf]);
        buf.append(DIGITS[us & 0xf]);
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    private static boolean lead(int c) {
        return c < 0x80 || (c >= 0xc2 && c <= 0xf4);
    }

    private static boolean trail(int c) {
        return c >= 0x80 && c <= 0xbf;
    }

    /**
     * php_next_utf8_char (html.c's get_next_char for UTF-8): the code point at pos, or minus the
     * number of bytes to skip for an invalid sequence.
     */
    static int nextUtf8(byte[] s, int pos) {
        int len = s.length, avail = len - pos;
        int c = s[pos] & 0xff;
        if (c < 0x80) return c;
        if (c < 0xc2) return -1;
        if (c < 0xe0) {
            if (avail < 2) return -1;
            int c1 = s[pos + 1] & 0xff;
            if (!trail(c1)) return lead(c1) ? -1 : -2;
            return ((c & 0x1f) << 6) | (c1 & 0x3f);
        }
        if (c < 0xf0) {
            int c1 = avail >= 2 ? s[pos + 1] & 0xff : 0, c2 = avail >= 3 ? s[pos + 2] & 0xff : 0;
            if (avail < 3 || !trail(c1) || !trail(c2)) {
                if (avail < 2 || lead(c1)) return -1;
                if (avail < 3 || lead(c2)) return -2;
                return -3;
            }
            int cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
            if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return -3;
            return cp;
        }
        if (c < 0xf5) {
            int c1 = avail >= 2 ? s[pos + 1] & 0xff : 0, c2 = avail >= 3 ? s[pos + 2] & 0xff : 0, c3 = avail >= 4 ? s[pos + 3] & 0xff : 0;
            if (avail < 4 || !trail(c1) || !trail(c2) || !trail(c3)) {
                if (avail < 2 || lead(c1)) return -1;
                if (avail < 3 || lead(c2)) return -2;
                if (avail < 4 || lead(c3)) return -3;
                return -4;
            }
            int cp = ((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
            if (cp < 0x10000 || cp > 0x10ffff) return -4;
            return cp;
        }
        return -1;
    }
}
