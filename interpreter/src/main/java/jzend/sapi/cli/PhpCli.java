package jzend.sapi.cli;

import jzend.main.CommandLineIni;
import jzend.main.PhpGetopt;
import jzend.main.PhpGetopt.Opt;
import jzend.main.PhpMain;
import jzend.main.PhpOutput;
import jzend.main.PhpStdio;
import jzend.main.PhpVersion;
import jzend.main.SAPI;
import jzend.main.SapiGlobals;
import jzend.main.SapiModule;
import jzend.main.SapiProcess;
import jzend.main.profile.MemProfileCli;
import jzend.zend.CompilerGlobals;
import jzend.zend.ExecutorGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendBailout;
import jzend.zend.ZendFileHandle;
import jzend.zend.ZendIni;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The cli SAPI (sapi/cli/php_cli.c): the "cli" / "Command Line Interface" sapi_module_struct,
 * main() with php_getopt's two passes over the command line, and do_cli, which runs one request
 * for the script named on the command line (or read from stdin).
 *
 * <p>Command line: {@code [options] [-f] <file> [--] [args...]}; {@code -d key[=value]}
 * (repeatable), {@code -n}, {@code -c <file|dir>}, {@code -v}, {@code -h}. The modes that need the
 * compiler and executor ({@code -r}, {@code -l}, {@code -B/-R/-F/-E}, {@code -a}, {@code -s},
 * {@code -w}, {@code -i}, {@code -m}, {@code -S}, {@code -z}, {@code --rf} …, {@code --ini}) are
 * parsed as php parses them and then refused with a one-line message and exit status 1.
 */
public final class PhpCli {
    private PhpCli() {}

    /** The options of php-cli 8.2 (php_cli.c's OPTIONS). */
    static final List<Opt> OPTIONS = List.of(
            new Opt('a', 0, "interactive"), new Opt('B', 1, "process-begin"), new Opt('C', 0, "no-chdir"),
            new Opt('c', 1, "php-ini"), new Opt('d', 1, "define"), new Opt('E', 1, "process-end"),
            new Opt('e', 0, "profile-info"), new Opt('F', 1, "process-file"), new Opt('f', 1, "file"),
            new Opt('h', 0, "help"), new Opt('i', 0, "info"), new Opt('l', 0, "syntax-check"),
            new Opt('m', 0, "modules"), new Opt('n', 0, "no-php-ini"), new Opt('q', 0, "no-header"),
            new Opt('R', 1, "process-code"), new Opt('H', 0, "hide-args"), new Opt('r', 1, "run"),
            new Opt('s', 0, "syntax-highlight"), new Opt('s', 0, "syntax-highlighting"), new Opt('S', 1, "server"),
            new Opt('t', 1, "docroot"), new Opt('w', 0, "strip"), new Opt('?', 0, "usage"),
            new Opt('v', 0, "version"), new Opt('z', 1, "zend-extension"),
            new Opt(10, 1, "rf"), new Opt(10, 1, "rfunction"), new Opt(11, 1, "rc"), new Opt(11, 1, "rclass"),
            new Opt(12, 1, "re"), new Opt(12, 1, "rextension"), new Opt(13, 1, "rz"), new Opt(13, 1, "rzendextension"),
            new Opt(14, 1, "ri"), new Opt(14, 1, "rextinfo"), new Opt(15, 0, "ini"), new Opt(16, 1, "repeat"));

    /** HARDCODED_INI: settings the cli imposes, before any -d. */
    static final String HARDCODED_INI = "html_errors=0\nregister_argc_argv=1\nimplicit_flush=1\noutput_buffering=0\n"
            + "max_execution_time=0\nmax_input_time=-1\n";

    static final String PARAM_MODE_CONFLICT = "Either execute direct code, process stdin or use a file.\n";

    /** The program name in messages (php_cli_usage's prog). */
    static final String PROG = "jzend";

    /** php_self / script_filename: the script as named on the command line ("" for stdin). */
    private static String php_self = "";
    private static String script_filename = "";

    /** cli_sapi_module. */
    static SapiModule cli_sapi_module() {
        SapiModule m = new SapiModule();
        m.name = "cli";
        m.pretty_name = "Command Line Interface";
        m.startup = module -> PhpMain.php_module_startup(module, null);
        m.shutdown = () -> {
            PhpMain.php_module_shutdown();
            return true;
        };
        m.activate = null;
        m.deactivate = PhpCli::sapi_cli_deactivate;
        m.ub_write = PhpCli::sapi_cli_ub_write;
        m.flush = PhpStdio::flushStdout;
        m.sapi_error = jzend.main.PhpErrors::php_error;
        m.header_handler = (h, op, headers) -> 0;
        m.send_headers = headers -> SAPI.SAPI_HEADER_SENT_SUCCESSFULLY;
        m.send_header = h -> { };
        m.read_cookies = () -> null;
        m.register_server_variables = PhpCli::sapi_cli_register_variables;
        m.log_message = (message, syslogType) -> PhpStdio.writeStderrLine(message);
        m.ini_defaults = config -> {
            config.put("display_errors", "1");
        };
        m.phpinfo_as_text = true;
        m.php_ini_ignore_cwd = true;
        m.additional_functions = List.of("dl", "cli_set_process_title", "cli_get_process_title");
        return m;
    }

    /** Port of sapi_cli_ub_write: all bytes to stdout; a failed write is an aborted connection. */
    static int sapi_cli_ub_write(byte[] str, int off, int len) {
        if (!PhpStdio.writeStdout(str, off, len)) {
            // php_handle_aborted_connection
            ExecutorGlobals.exit_status = 255;
            throw new ZendBailout("stdout closed");
        }
        return len;
    }

    /** Port of sapi_cli_deactivate: fflush(stdout). */
    static boolean sapi_cli_deactivate() {
        PhpStdio.flushStdout();
        SapiGlobals.request_info.argv0 = null;
        return true;
    }

    /** Port of sapi_cli_register_variables: the environment, then PHP_SELF and friends. */
    static void sapi_cli_register_variables(BiConsumer<String, String> php_register_variable) {
        for (Map.Entry<String, String> e : PhpMain.environ().entrySet()) php_register_variable.accept(e.getKey(), e.getValue());
        php_register_variable.accept("PHP_SELF", php_self);
        php_register_variable.accept("SCRIPT_NAME", php_self);
        php_register_variable.accept("SCRIPT_FILENAME", script_filename);
        php_register_variable.accept("PATH_TRANSLATED", script_filename);
        php_register_variable.accept("DOCUMENT_ROOT", "");
    }

    /** Port of php_cli_usage (printed on stdout). */
    static String php_cli_usage() {
        String p = PROG;
        return "Usage: " + p + " [options] [-f] <file> [--] [args...]\n"
                + "   " + p + " [options] -r <code> [--] [args...]\n"
                + "   " + p + " [options] [-B <begin_code>] -R <code> [-E <end_code>] [--] [args...]\n"
                + "   " + p + " [options] [-B <begin_code>] -F <file> [-E <end_code>] [--] [args...]\n"
                + "   " + p + " [options] -S <addr>:<port> [-t docroot] [router]\n"
                + "   " + p + " [options] -- [args...]\n"
                + "   " + p + " [options] -a\n"
                + "\n"
                + "  -a               Run as interactive shell (requires readline extension)\n"
                + "  -c <path>|<file> Look for php.ini file in this directory\n"
                + "  -n               No configuration (ini) files will be used\n"
                + "  -d foo[=bar]     Define INI entry foo with value 'bar'\n"
                + "  -e               Generate extended information for debugger/profiler\n"
                + "  -f <file>        Parse and execute <file>.\n"
                + "  -h               This help\n"
                + "  -i               PHP information\n"
                + "  -l               Syntax check only (lint)\n"
                + "  -m               Show compiled in modules\n"
                + "  -r <code>        Run PHP <code> without using script tags <?..?>\n"
                + "  -B <begin_code>  Run PHP <begin_code> before processing input lines\n"
                + "  -R <code>        Run PHP <code> for every input line\n"
                + "  -F <file>        Parse and execute <file> for every input line\n"
                + "  -E <end_code>    Run PHP <end_code> after processing all input lines\n"
                + "  -H               Hide any passed arguments from external tools.\n"
                + "  -S <addr>:<port> Run with built-in web server.\n"
                + "  -t <docroot>     Specify document root <docroot> for built-in web server.\n"
                + "  -s               Output HTML syntax highlighted source.\n"
                + "  -v               Version number\n"
                + "  -w               Output source with stripped comments and whitespace.\n"
                + "  -z <file>        Load Zend extension <file>.\n"
                + "\n"
                + "  args...          Arguments passed to script. Use -- args when first argument\n"
                + "                   starts with - or script is read from stdin\n"
                + "\n"
                + "  --ini            Show configuration file names\n"
                + "\n"
                + "  --rf <name>      Show information about function <name>.\n"
                + "  --rc <name>      Show information about class <name>.\n"
                + "  --re <name>      Show information about extension <name>.\n"
                + "  --rz <name>      Show information about Zend extension <name>.\n"
                + "  --ri <name>      Show configuration for extension <name>.\n"
                + "\n";
    }

    /** The process entry point, as php_cli.c's main(): exits with the status. */
    public static void main(String[] args) {
        int status = run(args);
        System.exit(status);
    }

    /** Runs php-cli with {@code args} (argv without argv[0]) and returns the exit status. */
    public static int run(String[] args) {
        if (MemProfileCli.handles(args)) return MemProfileCli.run(args, a -> SapiProcess.run(() -> cli_main(a)));
        return SapiProcess.run(() -> cli_main(args));
    }

    private static void printStdout(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        PhpStdio.writeStdout(b, 0, b.length);
    }

    /** Port of php_cli.c's main(). */
    static int cli_main(String[] args) {
        String[] argv = new String[args.length + 1];
        argv[0] = PROG;
        System.arraycopy(args, 0, argv, 1, args.length);
        StringBuilder iniEntries = new StringBuilder();
        String iniPathOverride = null;
        boolean iniIgnore = false;
        StringBuilder errors = new StringBuilder();
        PhpGetopt opt = new PhpGetopt(argv, OPTIONS, true, errors);
        int c;
        exit_loop:
        while ((c = opt.next()) != PhpGetopt.EOF) {
            switch (c) {
                case 'c' -> iniPathOverride = opt.optarg;
                case 'n' -> iniIgnore = true;
                case 'd' -> CommandLineIni.define(iniEntries, opt.optarg);
                case 'h', '?' -> {
                    printStdout(php_cli_usage());
                    return 0;
                }
                case PhpGetopt.INVALID_ARG -> {
                    PhpStdio.writeStderr(errors.toString());
                    printStdout(php_cli_usage());
                    return 1;
                }
                case 'i', 'v', 'm' -> {
                    break exit_loop;
                }
                default -> { }
            }
        }
        CompilerGlobals.skip_shebang = false;
        SapiModule module = cli_sapi_module();
        module.php_ini_path_override = iniPathOverride;
        SAPI.sapi_startup(module);
        SAPI.sapi_module.php_ini_ignore = iniIgnore;
        SAPI.sapi_module.executable_location = argv[0];
        module.php_ini_path_override = iniPathOverride;
        module.php_ini_ignore = iniIgnore;
        module.executable_location = argv[0];
        module.ini_entries = HARDCODED_INI + iniEntries;
        int exitStatus;
        boolean moduleStarted = false;
        try {
            if (!module.startup.startup(module)) return 1;
            moduleStarted = true;
            exitStatus = do_cli(argv);
        } finally {
            if (moduleStarted) PhpMain.php_module_shutdown();
            SAPI.sapi_shutdown();
        }
        return exitStatus;
    }

    /** Port of do_cli: the request for the script (or a refused mode). */
    static int do_cli(String[] argv) {
        boolean requestStarted = false;
        try {
            StringBuilder errors = new StringBuilder();
            PhpGetopt opt = new PhpGetopt(argv, OPTIONS, false, errors);
            int c;
            while ((c = opt.next()) != PhpGetopt.EOF) {
                switch (c) {
                    case 'v' -> {
                        PhpOutput.php_output_write(PhpVersion.banner("cli"));
                        SAPI.sapi_deactivate();
                        return ExecutorGlobals.exit_status;
                    }
                    case 'i' -> {
                        return notAvailable("-i (phpinfo) needs the engine's extensions");
                    }
                    case 'm' -> {
                        return notAvailable("-m (the module list) needs the engine's extensions");
                    }
                    default -> { }
                }
            }
            String paramError = null;
            String unavailable = null;
            String scriptFile = null;
            boolean direct = false;
            String directCode = null;
            boolean lint = false;
            opt = new PhpGetopt(argv, OPTIONS, false, errors);
            while ((c = opt.next()) != PhpGetopt.EOF) {
                switch (c) {
                    case 'f' -> {
                        if (direct) paramError = PARAM_MODE_CONFLICT;
                        else if (scriptFile != null) paramError = "You can use -f only once.\n";
                        else scriptFile = opt.optarg;
                    }
                    case 'r' -> {
                        if (scriptFile != null && !direct) paramError = PARAM_MODE_CONFLICT;
                        else if (direct) paramError = "You can use -r only once.\n";
                        direct = true;
                        directCode = opt.optarg;
                    }
                    case 'l' -> lint = true;
                    case 'a' -> unavailable = first(unavailable, "-a (interactive shell) needs the compiler and executor");
                    case 'B', 'R', 'F', 'E' -> unavailable = first(unavailable, "-" + (char) c + " (process stdin lines) needs the compiler and executor");
                    case 's' -> unavailable = first(unavailable, "-s (highlight) needs the scanner");
                    case 'w' -> unavailable = first(unavailable, "-w (strip) needs the scanner");
                    case 'S', 't' -> unavailable = first(unavailable, "-S (built-in web server) is not part of jzend");
                    case 'z' -> unavailable = first(unavailable, "-z (Zend extensions) cannot be loaded into jzend");
                    case 10, 11, 12, 13, 14 -> unavailable = first(unavailable, "--r* (reflection) needs the engine's classes and functions");
                    case 15 -> unavailable = first(unavailable, "--ini is not implemented yet");
                    case 16 -> unavailable = first(unavailable, "--repeat is not implemented yet");
                    default -> { } // -C, -q, -e, -H, -n, -c, -d: nothing (more) to do here
                }
            }
            if (paramError != null) {
                PhpOutput.php_output_write(paramError);
                return err();
            }
            if (unavailable != null) return notAvailable(unavailable);
            int optind = opt.optind;
            if (argv.length > optind && scriptFile == null && !"--".equals(argv[optind - 1])) {
                scriptFile = argv[optind];
                optind++;
            }
            ZendFileHandle file;
            String translatedPath = null;
            if (direct) {
                // zend_eval_string_ex(code, NULL, "Command line code", 1): compiled as PHP code, no open tag
                byte[] code = directCode.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                byte[] contents = new byte[code.length + 6];
                System.arraycopy("<?php ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, contents, 0, 6);
                System.arraycopy(code, 0, contents, 6, code.length);
                file = new ZendFileHandle(ZendFileHandle.COMMAND_LINE_CODE, "", null, contents);
                script_filename = "";
                php_self = "";
            } else if (scriptFile != null) {
                Path path = Path.of(scriptFile);
                byte[] contents;
                try {
                    if (Files.isDirectory(path)) throw new IOException("is a directory");
                    contents = Files.readAllBytes(path);
                } catch (IOException | RuntimeException e) {
                    PhpOutput.php_output_write("Could not open input file: " + scriptFile + "\n");
                    return err();
                }
                Path real;
                try {
                    real = path.toRealPath();
                    translatedPath = real.toString();
                } catch (IOException e) {
                    real = path.toAbsolutePath().normalize();
                }
                file = new ZendFileHandle(real.toString(), scriptFile, real, contents);
                script_filename = scriptFile;
                php_self = scriptFile;
            } else {
                byte[] contents;
                try {
                    contents = System.in.readAllBytes();
                } catch (IOException e) {
                    contents = new byte[0];
                }
                file = new ZendFileHandle(ZendFileHandle.STDIN_CODE, "", null, contents);
                script_filename = "";
                php_self = "";
            }
            // $argv: the script, then the arguments after it
            List<String> scriptArgv = new ArrayList<>();
            scriptArgv.add(scriptFile == null ? "Standard input code" : scriptFile);
            scriptArgv.addAll(Arrays.asList(argv).subList(Math.min(optind, argv.length), argv.length));
            SapiGlobals.request_info.argv = scriptArgv.toArray(new String[0]);
            SapiGlobals.request_info.path_translated = translatedPath != null ? translatedPath : file.filename();

            MemProfileCli.requestStarting();
            if (!PhpMain.php_request_startup()) {
                PhpOutput.php_output_write("Could not startup.\n");
                return err();
            }
            requestStarted = true;
            // do_cli: $_SERVER is made now, whether or not the script uses it (auto_globals_jit aside)
            jzend.zend.ZendAutoGlobals.arm("_SERVER");
            CompilerGlobals.skip_shebang = !direct;
            if (lint) {
                // php_lint_script: compile only
                if (PhpMain.php_lint_script(file)) {
                    PhpOutput.php_output_write("No syntax errors detected in " + (scriptFile != null ? scriptFile : "-") + "\n");
                } else {
                    PhpOutput.php_output_write("Errors parsing " + (scriptFile != null ? scriptFile : "-") + "\n");
                    ExecutorGlobals.exit_status = 255;
                }
                return ExecutorGlobals.exit_status;
            }
            PhpMain.php_execute_script(file);
            return ExecutorGlobals.exit_status;
        } finally {
            MemProfileCli.requestEnding();
            if (requestStarted) PhpMain.php_request_shutdown();
        }
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }

    /** A mode jzend parses but cannot run yet: one PHP-style line, exit status 1. */
    private static int notAvailable(String what) {
        PhpOutput.php_output_write("Not available in jzend yet: " + what + ".\n");
        return err();
    }

    /** do_cli's err: label. */
    private static int err() {
        SAPI.sapi_deactivate();
        ZendIni.zend_ini_deactivate();
        ExecutorGlobals.exit_status = 1;
        return 1;
    }
}
