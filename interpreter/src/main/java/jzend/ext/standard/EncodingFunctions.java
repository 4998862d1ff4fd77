package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.execute.ZendVm;
import jzend.zend.ops.ByteBuf;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.optionalBool;
import static jzend.zend.execute.ZendParseParameters.requiredString;

/**
 * The encoding and hashing builtins: ext/standard/md5.c (md5), sha1.c (sha1), crc32.c (crc32),
 * base64.c (base64_encode/decode) and url.c (urlencode, rawurlencode, urldecode, rawurldecode).
 */
public final class EncodingFunctions {
    private EncodingFunctions() {}

    private static final String OWNER = "jzend/ext/standard/EncodingFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("md5", OWNER, "md5", 1, "string", "binary"),
        new ZendFunctionEntry("sha1", OWNER, "sha1", 1, "string", "binary"),
        new ZendFunctionEntry("crc32", OWNER, "crc32", 1, "string"),
        new ZendFunctionEntry("base64_encode", OWNER, "base64_encode", 1, "string"),
        new ZendFunctionEntry("base64_decode", OWNER, "base64_decode", 1, "string", "strict"),
        new ZendFunctionEntry("urlencode", OWNER, "urlencode", 1, "string"),
        new ZendFunctionEntry("rawurlencode", OWNER, "rawurlencode", 1, "string"),
        new ZendFunctionEntry("urldecode", OWNER, "urldecode", 1, "string"),
        new ZendFunctionEntry("rawurldecode", OWNER, "rawurldecode", 1, "string"),
    };

    private static byte[] bytes(long ex, int n) {
        return ZendString.bytes(requiredString(ex, n));
    }

    /** PHP_NAMED_FUNCTION(php_if_md5): 32 hex digits, or the 16 raw bytes. */
    public static void md5(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(40);
        Hashes.md5(out, s, 0, s.length, optionalBool(ex, 2, false));
        ZendVm.setString(rv, Str.newStr(out));
    }

    /** PHP_FUNCTION(sha1). */
    public static void sha1(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(48);
        Hashes.sha1(out, s, 0, s.length, optionalBool(ex, 2, false));
        ZendVm.setString(rv, Str.newStr(out));
    }

    /** PHP_FUNCTION(crc32). */
    public static void crc32(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ZendVm.setLong(rv, Hashes.crc32(s, 0, s.length));
    }

    /** PHP_FUNCTION(base64_encode): php_base64_encode's zend_string_safe_alloc(((len + 2) / 3), 4). */
    public static void base64_encode(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf((s.length + 2) / 3 * 4 + 1);
        Base64.encode(out, s, 0, s.length);
        ZendVm.setString(rv, Str.safeStr(out, (s.length + 2) / 3, 4, 0));
    }

    /** PHP_FUNCTION(base64_decode): false when strict decoding fails; the buffer keeps the input's size. */
    public static void base64_decode(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        boolean strict = optionalBool(ex, 2, false);
        ByteBuf out = new ByteBuf(s.length + 1);
        if (!Base64.decode(out, s, 0, s.length, strict)) {
            ZendVm.setBool(rv, false);
            return;
        }
        ZendVm.setString(rv, Str.strWithCapacity(out, s.length));
    }

    /** PHP_FUNCTION(urlencode). */
    public static void urlencode(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length * 3 + 1);
        UrlEncode.urlencode(out, s, 0, s.length);
        ZendVm.setString(rv, Str.truncatedStr(out, 3, s.length, 0));
    }

    /** PHP_FUNCTION(rawurlencode). */
    public static void rawurlencode(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length * 3 + 1);
        UrlEncode.rawurlencode(out, s, 0, s.length);
        ZendVm.setString(rv, Str.truncatedStr(out, 3, s.length, 0));
    }

    /** PHP_FUNCTION(urldecode): decoded in place in a copy of the input. */
    public static void urldecode(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length + 1);
        UrlEncode.urldecode(out, s, 0, s.length);
        ZendVm.setString(rv, Str.strWithCapacity(out, s.length));
    }

    /** PHP_FUNCTION(rawurldecode). */
    public static void rawurldecode(long ex, long rv) {
        byte[] s = bytes(ex, 1);
        ByteBuf out = new ByteBuf(s.length + 1);
        UrlEncode.rawurldecode(out, s, 0, s.length);
        ZendVm.setString(rv, Str.strWithCapacity(out, s.length));
    }
}
