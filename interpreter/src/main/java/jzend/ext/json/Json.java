package jzend.ext.json;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendError;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.arg;

/**
 * ext/json/json.c: json_encode, json_decode, json_last_error, json_last_error_msg and the JSON_*
 * constants. The encoder is {@link JsonEncoder} (json_encoder.c), the decoder {@link JsonParser}
 * (json_scanner.re + json_parser.y).
 *
 * <p>jzend has no objects yet: json_decode of a JSON object without {@code $associative = true}
 * (or JSON_OBJECT_AS_ARRAY) cannot build a stdClass, so it throws an Error saying so instead of
 * returning something PHP would not.
 */
public final class Json {
    private Json() {}

    private static final String OWNER = "jzend/ext/json/Json";

    public static final int JSON_HEX_TAG = 1, JSON_HEX_AMP = 2, JSON_HEX_APOS = 4, JSON_HEX_QUOT = 8,
            JSON_FORCE_OBJECT = 16, JSON_NUMERIC_CHECK = 32, JSON_UNESCAPED_SLASHES = 64, JSON_PRETTY_PRINT = 128,
            JSON_UNESCAPED_UNICODE = 256, JSON_PARTIAL_OUTPUT_ON_ERROR = 512, JSON_PRESERVE_ZERO_FRACTION = 1024,
            JSON_UNESCAPED_LINE_TERMINATORS = 2048, JSON_OBJECT_AS_ARRAY = 1, JSON_BIGINT_AS_STRING = 2,
            JSON_INVALID_UTF8_IGNORE = 1048576, JSON_INVALID_UTF8_SUBSTITUTE = 2097152, JSON_THROW_ON_ERROR = 4194304;

    public static final int JSON_ERROR_NONE = 0, JSON_ERROR_DEPTH = 1, JSON_ERROR_STATE_MISMATCH = 2,
            JSON_ERROR_CTRL_CHAR = 3, JSON_ERROR_SYNTAX = 4, JSON_ERROR_UTF8 = 5, JSON_ERROR_RECURSION = 6,
            JSON_ERROR_INF_OR_NAN = 7, JSON_ERROR_UNSUPPORTED_TYPE = 8, JSON_ERROR_INVALID_PROPERTY_NAME = 9,
            JSON_ERROR_UTF16 = 10;

    /** The constants of PHP_MINIT(json), as {name, value} rows for the predefined-constant table. */
    public static final Object[][] CONSTANTS = {
        {"JSON_HEX_TAG", 1L}, {"JSON_HEX_AMP", 2L}, {"JSON_HEX_APOS", 4L}, {"JSON_HEX_QUOT", 8L},
        {"JSON_FORCE_OBJECT", 16L}, {"JSON_NUMERIC_CHECK", 32L}, {"JSON_UNESCAPED_SLASHES", 64L},
        {"JSON_PRETTY_PRINT", 128L}, {"JSON_UNESCAPED_UNICODE", 256L}, {"JSON_PARTIAL_OUTPUT_ON_ERROR", 512L},
        {"JSON_PRESERVE_ZERO_FRACTION", 1024L}, {"JSON_UNESCAPED_LINE_TERMINATORS", 2048L},
        {"JSON_OBJECT_AS_ARRAY", 1L}, {"JSON_BIGINT_AS_STRING", 2L}, {"JSON_INVALID_UTF8_IGNORE", 1048576L},
        {"JSON_INVALID_UTF8_SUBSTITUTE", 2097152L}, {"JSON_THROW_ON_ERROR", 4194304L},
        {"JSON_ERROR_NONE", 0L}, {"JSON_ERROR_DEPTH", 1L}, {"JSON_ERROR_STATE_MISMATCH", 2L},
        {"JSON_ERROR_CTRL_CHAR", 3L}, {"JSON_ERROR_SYNTAX", 4L}, {"JSON_ERROR_UTF8", 5L},
        {"JSON_ERROR_RECURSION", 6L}, {"JSON_ERROR_INF_OR_NAN", 7L}, {"JSON_ERROR_UNSUPPORTED_TYPE", 8L},
        {"JSON_ERROR_INVALID_PROPERTY_NAME", 9L}, {"JSON_ERROR_UTF16", 10L},
    };

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("json_encode", OWNER, "json_encode", 1, "value", "flags", "depth"),
        new ZendFunctionEntry("json_decode", OWNER, "json_decode", 1, "json", "associative", "depth", "flags"),
        new ZendFunctionEntry("json_last_error", OWNER, "json_last_error", 0),
        new ZendFunctionEntry("json_last_error_msg", OWNER, "json_last_error_msg", 0),
    };

    /** JSON_G(error_code). */
    static int errorCode;

    /** PHP_RINIT(json): no error yet. */
    public static void requestStartup() {
        errorCode = JSON_ERROR_NONE;
    }

    /** php_json_get_error_msg. */
    static String errorMessage(int code) {
        return switch (code) {
            case JSON_ERROR_NONE -> "No error";
            case JSON_ERROR_DEPTH -> "Maximum stack depth exceeded";
            case JSON_ERROR_STATE_MISMATCH -> "State mismatch (invalid or malformed JSON)";
            case JSON_ERROR_CTRL_CHAR -> "Control character error, possibly incorrectly encoded";
            case JSON_ERROR_SYNTAX -> "Syntax error";
            case JSON_ERROR_UTF8 -> "Malformed UTF-8 characters, possibly incorrectly encoded";
            case JSON_ERROR_RECURSION -> "Recursion detected";
            case JSON_ERROR_INF_OR_NAN -> "Inf and NaN cannot be JSON encoded";
            case JSON_ERROR_UNSUPPORTED_TYPE -> "Type is not supported";
            case JSON_ERROR_INVALID_PROPERTY_NAME -> "The decoded property name is invalid";
            case JSON_ERROR_UTF16 -> "Single unpaired UTF-16 surrogate in unicode escape";
            default -> "Unknown error";
        };
    }

    /** php_json_throw_exception: JsonException(message, code). */
    private static ZendError jsonException(int code) {
        return ZendError.create("JsonException", errorMessage(code));
    }

    /** PHP_FUNCTION(json_encode). */
    public static void json_encode(long ex, long rv) {
        long flags = ZendParseParameters.optionalLong(ex, 2, 0);
        long depth = ZendParseParameters.optionalLong(ex, 3, 512);
        JsonEncoder enc = new JsonEncoder((int) flags, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, depth)));
        enc.encode(ZendArrayOps.deref(arg(ex, 1)));
        boolean throwOnError = (flags & JSON_THROW_ON_ERROR) != 0;
        if (!throwOnError || (flags & JSON_PARTIAL_OUTPUT_ON_ERROR) != 0) {
            errorCode = enc.errorCode;
        } else if (enc.errorCode != JSON_ERROR_NONE) {
            throw jsonException(enc.errorCode);
        }
        if (enc.errorCode != JSON_ERROR_NONE && (flags & JSON_PARTIAL_OUTPUT_ON_ERROR) == 0) {
            ZendVm.setBool(rv, false);
            return;
        }
        ZendVm.setString(rv, jzend.ext.standard.VarFunctions.smartStrExtract(enc.buf));
    }

    /** PHP_FUNCTION(json_decode). */
    public static void json_decode(long ex, long rv) {
        byte[] s = ZendString.bytes(ZendParseParameters.requiredString(ex, 1));
        boolean assocNull = true, assoc = false;
        if (ZendExecuteData.numArgs(ex) >= 2) {
            long a = ZendArrayOps.deref(arg(ex, 2));
            if ((NativeMemory.getInt(a + 8) & 0xff) != ZendVm.IS_NULL) {
                assocNull = false;
                assoc = ZendParseParameters.optionalBool(ex, 2, false);
            }
        }
        long depth = ZendParseParameters.optionalLong(ex, 3, 512);
        long flags = ZendParseParameters.optionalLong(ex, 4, 0);
        boolean throwOnError = (flags & JSON_THROW_ON_ERROR) != 0;
        if (!throwOnError) errorCode = JSON_ERROR_NONE;
        if (s.length == 0) {
            if (throwOnError) throw jsonException(JSON_ERROR_SYNTAX);
            errorCode = JSON_ERROR_SYNTAX;
            ZendVm.setNull(rv);
            return;
        }
        if (depth <= 0) throw ZendParseParameters.valueError(ex, 3, "must be greater than 0");
        if (depth > Integer.MAX_VALUE) throw ZendParseParameters.valueError(ex, 3, "must be less than " + Integer.MAX_VALUE);
        if (!assocNull) {
            if (assoc) flags |= JSON_OBJECT_AS_ARRAY;
            else flags &= ~JSON_OBJECT_AS_ARRAY;
        }
        JsonParser parser = new JsonParser(s, (int) flags, (int) depth);
        int code = parser.parse(rv);
        if (code != JSON_ERROR_NONE) {
            if (throwOnError) throw jsonException(code);
            errorCode = code;
            ZendVm.setNull(rv);
        }
    }

    /** PHP_FUNCTION(json_last_error). */
    public static void json_last_error(long ex, long rv) {
        ZendVm.setLong(rv, errorCode);
    }

    /** PHP_FUNCTION(json_last_error_msg). */
    public static void json_last_error_msg(long ex, long rv) {
        ZendVm.setString(rv, ZendString.init(errorMessage(errorCode).getBytes(java.nio.charset.StandardCharsets.US_ASCII), false));
    }
}
