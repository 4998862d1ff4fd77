package jzend.ext.date;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendArrayOps;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.ops.ByteBuf;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;

/**
 * ext/date/php_date.c for the default time zone of {@code php -n}, UTC: time(), date() and
 * gmdate() (date_format with every format character of PHP 8.2), date_default_timezone_get().
 * The calendar arithmetic is proleptic Gregorian on 64-bit timestamps, as timelib's.
 */
public final class PhpDate {
    private PhpDate() {}

    private static final String OWNER = "jzend/ext/date/PhpDate";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("time", OWNER, "time", 0),
        new ZendFunctionEntry("date", OWNER, "date", 1, "format", "timestamp"),
        new ZendFunctionEntry("gmdate", OWNER, "date", 1, "format", "timestamp"),
        new ZendFunctionEntry("date_default_timezone_get", OWNER, "date_default_timezone_get", 0),
    };

    private static final String[] DAY_SHORT = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] DAY_FULL = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MON_SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] MON_FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** PHP_FUNCTION(time). */
    public static void time(long ex, long rv) {
        ZendVm.setLong(rv, Math.floorDiv(System.currentTimeMillis(), 1000L));
    }

    /** PHP_FUNCTION(date_default_timezone_get): "UTC" (no date.timezone under -n). */
    public static void date_default_timezone_get(long ex, long rv) {
        ZendVm.setString(rv, ZendString.init(new byte[] {'U', 'T', 'C'}, false));
    }

    /** PHP_FUNCTION(date) / PHP_FUNCTION(gmdate): php_format_date in UTC. */
    public static void date(long ex, long rv) {
        byte[] format = ZendString.bytes(ZendParseParameters.requiredString(ex, 1));
        long ts;
        if (ZendExecuteData.numArgs(ex) >= 2
                && (NativeMemory.getInt(ZendArrayOps.deref(ZendParseParameters.arg(ex, 2)) + 8) & 0xff) != ZendVm.IS_NULL) {
            ts = ZendParseParameters.requiredLong(ex, 2);
        } else {
            ts = Math.floorDiv(System.currentTimeMillis(), 1000L);
        }
        ByteBuf b = new ByteBuf();
        format(b, format, ts);
        // php_format_date returns its smart_str's buffer untrimmed ("" allocates nothing)
        if (b.length() == 0) ZendVm.setString(rv, ZendInternedStrings.emptyString());
        else ZendVm.setString(rv, jzend.ext.standard.VarFunctions.smartStrUntrimmed(b));
    }

    /** days_from_civil (proleptic Gregorian): days since 1970-01-01. */
    static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static boolean isLeap(long y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    static int daysInMonth(long y, int m) {
        return m == 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
    }

    /** ISO-8601 weeks in a year: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
    private static int isoWeeks(long y) {
        long jan1 = Math.floorMod(daysFromCivil(y, 1, 1) + 4, 7); // 0 = Sunday
        return jan1 == 4 || (jan1 == 3 && isLeap(y)) ? 53 : 52;
    }

    private static void pad(ByteBuf b, long v, int width) {
        String s = Long.toString(Math.abs(v));
        if (v < 0) b.append('-');
        for (int i = s.length(); i < width; i++) b.append('0');
        b.appendAscii(s);
    }

    /** date_format: every format character of PHP 8.2, "\" escaping the next one. */
    static void format(ByteBuf b, byte[] f, long ts) {
        long days = Math.floorDiv(ts, 86400L);
        long secs = Math.floorMod(ts, 86400L);
        // civil_from_days
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doyMar = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doyMar + 2) / 153;
        int d = (int) (doyMar - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        int hour = (int) (secs / 3600), min = (int) (secs % 3600 / 60), sec = (int) (secs % 60);
        int dow = (int) Math.floorMod(days + 4, 7);
        int doy = (int) (days - daysFromCivil(y, 1, 1));
        int isoDow = dow == 0 ? 7 : dow;
        long isoYear = y;
        int isoWeek = (doy + 1 - isoDow + 10) / 7;
        if (isoWeek < 1) {
            isoYear = y - 1;
            isoWeek = isoWeeks(isoYear);
        } else if (isoWeek > isoWeeks(y)) {
            isoYear = y + 1;
            isoWeek = 1;
        }
        for (int i = 0; i < f.length; i++) {
            char c = (char) (f[i] & 0xff);
            switch (c) {
                case 'd' -> pad(b, d, 2);
                case 'D' -> b.appendAscii(DAY_SHORT[dow]);
                case 'j' -> b.append((long) d);
                case 'l' -> b.appendAscii(DAY_FULL[dow]);
                case 'S' -> b.appendAscii(suffix(d));
                case 'w' -> b.append((long) dow);
                case 'N' -> b.append((long) isoDow);
                case 'z' -> b.append((long) doy);
                case 'W' -> pad(b, isoWeek, 2);
                case 'o' -> b.append(isoYear);
                case 'F' -> b.appendAscii(MON_FULL[m - 1]);
                case 'm' -> pad(b, m, 2);
                case 'M' -> b.appendAscii(MON_SHORT[m - 1]);
                case 'n' -> b.append((long) m);
                case 't' -> b.append((long) daysInMonth(y, m));
                case 'L' -> b.append(isLeap(y) ? '1' : '0');
                case 'y' -> pad(b, (int) (y % 100), 2);
                case 'Y' -> pad(b, y, 4);
                case 'x' -> {
                    if (y >= 10000 || y < 0) {
                        b.append(y < 0 ? '-' : '+');
                        pad(b, Math.abs(y), 4);
                    } else {
                        pad(b, y, 4);
                    }
                }
                case 'X' -> {
                    b.append(y < 0 ? '-' : '+');
                    pad(b, Math.abs(y), 4);
                }
                case 'a' -> b.appendAscii(hour >= 12 ? "pm" : "am");
                case 'A' -> b.appendAscii(hour >= 12 ? "PM" : "AM");
                case 'B' -> {
                    long r = ((ts % 86400) + 3600) * 10;
                    if (r < 0) r += 864000;
                    pad(b, (r / 864) % 1000, 3);
                }
                case 'g' -> b.append((long) (hour % 12 == 0 ? 12 : hour % 12));
                case 'G' -> b.append((long) hour);
                case 'h' -> pad(b, hour % 12 == 0 ? 12 : hour % 12, 2);
                case 'H' -> pad(b, hour, 2);
                case 'i' -> pad(b, min, 2);
                case 's' -> pad(b, sec, 2);
                case 'u' -> b.appendAscii("000000");
                case 'v' -> b.appendAscii("000");
                case 'e', 'T' -> b.appendAscii("UTC");
                case 'I', 'Z' -> b.append('0');
                case 'O' -> b.appendAscii("+0000");
                case 'P' -> b.appendAscii("+00:00");
                case 'p' -> b.append('Z');
                case 'c' -> {
                    pad(b, y, 4);
                    b.append('-');
                    pad(b, m, 2);
                    b.append('-');
                    pad(b, d, 2);
                    b.append('T');
                    pad(b, hour, 2);
                    b.append(':');
                    pad(b, min, 2);
                    b.append(':');
                    pad(b, sec, 2);
                    b.appendAscii("+00:00");
                }
                case 'r' -> {
                    b.appendAscii(DAY_SHORT[dow]).appendAscii(", ");
                    pad(b, d, 2);
                    b.append(' ').appendAscii(MON_SHORT[m - 1]).append(' ');
                    pad(b, y, 4);
                    b.append(' ');
                    pad(b, hour, 2);
                    b.append(':');
                    pad(b, min, 2);
                    b.append(':');
                    pad(b, sec, 2);
                    b.appendAscii(" +0000");
                }
                case 'U' -> b.append(ts);
                case '\\' -> {
                    if (i + 1 < f.length) b.append(f[++i]);
                }
                default -> b.append(f[i]);
            }
        }
    }

    /** English ordinal suffix of a day of the month. */
    private static String suffix(int d) {
        if (d >= 10 && d <= 19) return "th";
        return switch (d % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
