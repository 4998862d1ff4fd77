package jzend.main;

/**
 * How php-cli and php-cgi turn "-d name[=value]" into lines of the SAPI's ini_entries, which
 * php_init_config then parses with the ini syntax: "-d name" means "name=1", and a value that does
 * not start with a letter, digit or quote is quoted so that the ini parser keeps it as written
 * ("-d memory_limit=-1" → memory_limit="-1").
 */
public final class CommandLineIni {
    private CommandLineIni() {}

    /** Appends the ini line for one -d option. */
    public static void define(StringBuilder iniEntries, String optarg) {
        int eq = optarg.indexOf('=');
        if (eq < 0) {
            iniEntries.append(optarg).append("=1\n");
            return;
        }
        String value = optarg.substring(eq + 1);
        char first = value.isEmpty() ? '\0' : value.charAt(0);
        boolean alnum = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
        if (!alnum && first != '"' && first != '\'' && first != '\0') {
            iniEntries.append(optarg, 0, eq + 1).append('"').append(value).append("\"\n");
        } else {
            iniEntries.append(optarg).append('\n');
        }
    }
}
