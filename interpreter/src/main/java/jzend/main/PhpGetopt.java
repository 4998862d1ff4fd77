package jzend.main;

import java.util.List;

/**
 * php_getopt (main/getopt.c): PHP's own option parser, with its quirks: options may be bundled
 * ("-nq"), a value may follow as "-dfoo", "-d foo" or "-d=foo", long options are "--name" or
 * "--name=value", "--" ends the options, "-" alone is not an option. Errors are printed to stderr
 * as "Error in argument N, char M: …" (when asked) and returned as {@link #INVALID_ARG}.
 *
 * <p>One instance per pass over argv, as php-src resets its static state for each new optarg.
 */
public final class PhpGetopt {
    /** opt_struct: the option character (or a code ≥ 10 for long-only options), whether it takes a value (1), its long name. */
    public record Opt(int optChar, int needParam, String optName) {}

    /** End of options (EOF). */
    public static final int EOF = -1;
    /** PHP_GETOPT_INVALID_ARG. */
    public static final int INVALID_ARG = -2;

    private static final int OPTERRCOLON = 1;
    private static final int OPTERRNF = 2;
    private static final int OPTERRARG = 3;

    private final String[] argv;
    private final List<Opt> opts;
    private final boolean showErr;
    private final StringBuilder err;
    /** php_optind: the next argument to look at. */
    public int optind;
    /** php_optarg: the value of the last option that took one. */
    public String optarg;
    private int optchr;
    private boolean dash;
    private int optidx;

    /**
     * @param argv    the command line, argv[0] included
     * @param opts    the option table
     * @param showErr print errors (to {@code err}, a line each)
     * @param err     where error lines go (the caller writes them to stderr)
     */
    public PhpGetopt(String[] argv, List<Opt> opts, boolean showErr, StringBuilder err) {
        this.argv = argv;
        this.opts = opts;
        this.showErr = showErr;
        this.err = err;
        this.optind = 1;
    }

    private char at(int arg, int i) {
        String a = argv[arg];
        return i < a.length() ? a.charAt(i) : '\0';
    }

    private int error(int oint, int optchr, int errCode) {
        if (showErr) {
            err.append("Error in argument ").append(oint).append(", char ").append(optchr + 1).append(": ");
            switch (errCode) {
                case OPTERRCOLON -> err.append(": in flags\n");
                case OPTERRNF -> err.append("option not found ").append(at(oint, optchr)).append('\n');
                case OPTERRARG -> err.append("no argument for option ").append(at(oint, optchr)).append('\n');
                default -> err.append("unknown\n");
            }
        }
        return INVALID_ARG;
    }

    /** Port of php_getopt: the next option's character (or code), {@link #EOF} or {@link #INVALID_ARG}. */
    public int next() {
        optidx = -1;
        int argStart;
        if (optind >= argv.length) return EOF;
        if (!dash) {
            if (at(optind, 0) != '-') return EOF;
            if (at(optind, 1) == '\0') return EOF; // "-": stdin, let the program handle it
        }
        if (at(optind, 0) == '-' && at(optind, 1) == '-') {
            String arg = argv[optind];
            if (arg.length() == 2) { // "--": end of options
                optind++;
                return EOF;
            }
            argStart = 2;
            int eq = arg.indexOf('=', 2);
            int nameLen;
            if (eq >= 0) {
                nameLen = eq - 2;
                argStart++;
            } else {
                nameLen = arg.length() - 2;
            }
            String name = arg.substring(2, 2 + nameLen);
            while (true) {
                optidx++;
                if (optidx >= opts.size()) {
                    optind++;
                    return error(optind - 1, optchr, OPTERRARG);
                }
                String n = opts.get(optidx).optName();
                if (n != null && n.equals(name)) break;
            }
            optchr = 0;
            dash = false;
            argStart += opts.get(optidx).optName().length();
        } else {
            if (!dash) {
                dash = true;
                optchr = 1;
            }
            if (at(optind, optchr) == ':') { // a "-:" kind of flag
                dash = false;
                optind++;
                return error(optind - 1, optchr, OPTERRCOLON);
            }
            argStart = 1 + optchr;
        }
        if (optidx < 0) {
            while (true) {
                optidx++;
                if (optidx >= opts.size()) {
                    int errind = optind;
                    int errchr = optchr;
                    if (at(optind, optchr + 1) == '\0') {
                        dash = false;
                        optind++;
                    } else {
                        optchr++;
                    }
                    return error(errind, errchr, OPTERRNF);
                }
                if (at(optind, optchr) == opts.get(optidx).optChar()) break;
            }
        }
        Opt opt = opts.get(optidx);
        if (opt.needParam() != 0) {
            // -<arg> <val>, -<arg>=<val> or -<arg><val>
            dash = false;
            String arg = argv[optind];
            if (argStart >= arg.length()) {
                optind++;
                if (optind == argv.length) {
                    if (opt.needParam() == 1) return error(optind - 1, optchr, OPTERRARG);
                } else if (opt.needParam() == 1) {
                    optarg = argv[optind++];
                    return opt.optChar();
                }
            } else if (arg.charAt(argStart) == '=') {
                optarg = arg.substring(argStart + 1);
                optind++;
            } else {
                optarg = arg.substring(argStart);
                optind++;
            }
            return opt.optChar();
        }
        // several options in one argument (not for long options)
        if (argStart >= 2 && !(at(optind, 0) == '-' && at(optind, 1) == '-')) {
            if (at(optind, optchr + 1) == '\0') {
                dash = false;
                optind++;
            } else {
                optchr++;
            }
        } else {
            optind++;
        }
        return opt.optChar();
    }
}
