package jzend.sapi.cgi;

import jzend.main.CommandLineIni;
import jzend.main.PhpErrors;
import jzend.main.PhpGetopt;
import jzend.main.PhpGetopt.Opt;
import jzend.main.PhpMain;
import jzend.main.PhpOutput;
import jzend.main.PhpStdio;
import jzend.main.PhpVersion;
import jzend.main.SAPI;
import jzend.main.SapiGlobals;
import jzend.main.SapiHeader;
import jzend.main.SapiHeaders;
import jzend.main.SapiModule;
import jzend.main.SapiProcess;
import jzend.main.SapiRequestInfo;
import jzend.zend.CompilerGlobals;
import jzend.zend.ExecutorGlobals;
import jzend.zend.StartupTrace;
import jzend.zend.ZendAtol;
import jzend.zend.ZendBailout;
import jzend.zend.ZendFileHandle;
import jzend.zend.ZendIni;
import jzend.zend.ZendIniEntry;
import jzend.zend.ZendModuleEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static jzend.zend.ZendIni.ZEND_INI_ALL;
import static jzend.zend.ZendIni.ZEND_INI_SYSTEM;

/**
 * The cgi-fcgi SAPI (sapi/cgi/cgi_main.c) in plain CGI mode, as php-cgi runs under a web server's
 * CGI interface: "cgi-fcgi" / "CGI/FastCGI". CGI mode is detected as php-cgi does (any of
 * SERVER_SOFTWARE, SERVER_NAME, GATEWAY_INTERFACE, REQUEST_METHOD in the environment); the
 * request comes from REQUEST_METHOD, QUERY_STRING, CONTENT_TYPE, CONTENT_LENGTH and
 * SCRIPT_FILENAME (or PATH_TRANSLATED), the POST body from stdin up to CONTENT_LENGTH. The
 * response is headers ("X-Powered-By", "Content-type: text/html; charset=UTF-8", a "Status:" line
 * when not 200), a blank line, then the body. cgi.force_redirect (On) refuses a request without
 * REDIRECT_STATUS with php-cgi's Security Alert; a missing script is "No input file specified."
 * with status 404. Run without a CGI environment it takes a script name and options like php-cgi
 * ({@code -q} for no headers, {@code -f}, {@code -v}, {@code -h}).
 *
 * <p>Selected with {@code --sapi=cgi-fcgi} as the first argument of jzend. The request lifecycle
 * is {@link #cgi_request}, written to be run once per request by a later FastCGI loop.
 */
public final class CgiMain {
    private CgiMain() {}

    /** php-cgi 8.2's options (cgi_main.c's OPTIONS). */
    static final List<Opt> OPTIONS = List.of(
            new Opt('a', 0, "interactive"), new Opt('b', 1, "bindpath"), new Opt('C', 0, "no-chdir"),
            new Opt('c', 1, "php-ini"), new Opt('d', 1, "define"), new Opt('e', 0, "profile-info"),
            new Opt('f', 1, "file"), new Opt('h', 0, "help"), new Opt('i', 0, "info"),
            new Opt('l', 0, "syntax-check"), new Opt('m', 0, "modules"), new Opt('n', 0, "no-php-ini"),
            new Opt('q', 0, "no-header"), new Opt('s', 0, "syntax-highlight"), new Opt('s', 0, "syntax-highlighting"),
            new Opt('w', 0, "strip"), new Opt('?', 0, "usage"), new Opt('v', 0, "version"),
            new Opt('z', 1, "zend-extension"), new Opt('T', 1, "timing"));

    static final String PROG = "jzend --sapi=cgi-fcgi";

    static final String SECURITY_ALERT = "<b>Security Alert!</b> The PHP CGI cannot be accessed directly.\n\n"
            + "<p>This PHP CGI binary was compiled with force-cgi-redirect enabled.  This\n"
            + "means that a page will only be served up if the REDIRECT_STATUS CGI variable is\n"
            + "set, e.g. via an Apache Action directive.</p>\n"
            + "<p>For more information as to <i>why</i> this behaviour exists, see the "
            + "<a href=\"http://php.net/security.cgi-bin\">manual page for CGI security</a>.</p>\n"
            + "<p>For more information about changing this behaviour or re-enabling this webserver,\n"
            + "consult the installation file that came with this distribution, or visit \n"
            + "<a href=\"http://php.net/install.windows\">the manual page</a>.</p>\n";

    // php_cgi_globals_struct (CGIG())
    static boolean rfc2616_headers;
    static boolean nph;
    static boolean check_shebang_line = true;
    static boolean force_redirect = true;
    static String redirect_status_env;
    static boolean fix_pathinfo = true;

    /** The request being served (SG(server_context) in plain CGI mode). */
    private static CgiRequest current;
    /** PATH_INFO found by cgi.fix_pathinfo (for $_SERVER), or null. */
    private static String path_info;

    /** cgi_module_entry: the "cgi-fcgi" module, whose MINIT registers the cgi.* directives. */
    static final ZendModuleEntry cgi_module_entry = new ZendModuleEntry("cgi-fcgi", () -> ZendIni.zend_register_ini_entries(List.of(
            bool("cgi.rfc2616_headers", "0", ZEND_INI_ALL, b -> rfc2616_headers = b),
            bool("cgi.nph", "0", ZEND_INI_ALL, b -> nph = b),
            bool("cgi.check_shebang_line", "1", ZEND_INI_SYSTEM, b -> check_shebang_line = b),
            bool("cgi.force_redirect", "1", ZEND_INI_SYSTEM, b -> force_redirect = b),
            new ZendIniEntry.Def("cgi.redirect_status_env", null, ZEND_INI_SYSTEM, (e, v, s) -> {
                redirect_status_env = v;
                return true;
            }),
            bool("cgi.fix_pathinfo", "1", ZEND_INI_SYSTEM, b -> fix_pathinfo = b))));

    private static ZendIniEntry.Def bool(String name, String def, int modifiable, java.util.function.Consumer<Boolean> set) {
        return new ZendIniEntry.Def(name, def, modifiable, (e, v, s) -> {
            set.accept(ZendIni.zend_ini_parse_bool(v));
            return true;
        });
    }

    /** cgi_sapi_module. */
    static SapiModule cgi_sapi_module() {
        SapiModule m = new SapiModule();
        m.name = "cgi-fcgi";
        m.pretty_name = "CGI/FastCGI";
        m.startup = module -> PhpMain.php_module_startup(module, cgi_module_entry);
        m.shutdown = () -> {
            PhpMain.php_module_shutdown();
            return true;
        };
        m.activate = () -> true;
        m.deactivate = () -> {
            if (SapiGlobals.server_context != null && current != null) current.flush();
            return true;
        };
        m.ub_write = CgiMain::sapi_cgi_ub_write;
        m.flush = () -> {
            if (current != null) current.flush();
        };
        m.getenv = name -> current == null ? null : current.getenv(name);
        m.sapi_error = PhpErrors::php_error;
        m.header_handler = null;
        m.send_headers = CgiMain::sapi_cgi_send_headers;
        m.send_header = null;
        m.read_post = CgiMain::sapi_cgi_read_post;
        m.read_cookies = () -> current == null ? null : current.getenv("HTTP_COOKIE");
        m.register_server_variables = CgiMain::sapi_cgi_register_variables;
        m.log_message = (message, syslogType) -> PhpStdio.writeStderrLine(message);
        m.phpinfo_as_text = false;
        return m;
    }

    /** Port of sapi_cgi_ub_write: write(1) until done; a failed write is an aborted connection. */
    static int sapi_cgi_ub_write(byte[] str, int off, int len) {
        if (!current.write(str, off, len)) {
            ExecutorGlobals.exit_status = 255;
            throw new ZendBailout("the server closed the connection");
        }
        return len;
    }

    /** PHPWRITE_H: header bytes go out through ub_write. */
    private static void writeHeader(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        SAPI.sapi_module.ub_write.write(b, 0, b.length);
    }

    /** Port of sapi_cgi_send_headers: "Status:" when not 200 (or cgi.nph), the headers, a blank line. */
    static int sapi_cgi_send_headers(SapiHeaders sapiHeaders) {
        if (SapiGlobals.request_info.no_headers) return SAPI.SAPI_HEADER_SENT_SUCCESSFULLY;
        int responseStatus = sapiHeaders.http_response_code;
        if (nph || sapiHeaders.http_response_code != 200) {
            boolean hasStatus = false;
            String buf = null;
            String statusLine = sapiHeaders.http_status_line;
            if (rfc2616_headers && statusLine != null) {
                buf = statusLine;
                int sp = statusLine.indexOf(' ');
                if (sp >= 0) responseStatus = (int) ZendAtol.atol(statusLine.substring(sp + 1));
            } else {
                int sp = statusLine == null ? -1 : statusLine.indexOf(' ');
                if (statusLine != null && sp >= 5 && statusLine.regionMatches(true, 0, "HTTP/", 0, 5)) {
                    buf = "Status:" + statusLine.substring(sp);
                    responseStatus = (int) ZendAtol.atol(statusLine.substring(sp + 1));
                } else {
                    for (SapiHeader h : sapiHeaders.headers) {
                        if (isStatusHeader(h.header())) {
                            hasStatus = true;
                            break;
                        }
                    }
                    if (!hasStatus) {
                        String reason = HttpErrorCodes.reason(sapiHeaders.http_response_code);
                        buf = "Status: " + sapiHeaders.http_response_code + (reason != null ? " " + reason : "");
                    }
                }
            }
            if (!hasStatus) writeHeader(buf + "\r\n");
        }
        boolean ignoreStatus = false;
        for (SapiHeader h : sapiHeaders.headers) {
            String line = h.header();
            if (line.isEmpty()) continue;
            if (isStatusHeader(line)) {
                if (!ignoreStatus) {
                    ignoreStatus = true;
                    writeHeader(line + "\r\n");
                }
            } else if (responseStatus == 304 && line.length() > "Content-Type:".length()
                    && line.regionMatches(true, 0, "Content-Type:", 0, "Content-Type:".length())) {
                continue;
            } else {
                writeHeader(line + "\r\n");
            }
        }
        writeHeader("\r\n");
        return SAPI.SAPI_HEADER_SENT_SUCCESSFULLY;
    }

    private static boolean isStatusHeader(String line) {
        return line.length() > "Status:".length() && line.regionMatches(true, 0, "Status:", 0, "Status:".length());
    }

    /** Port of sapi_cgi_read_post: stdin, never past CONTENT_LENGTH. */
    static int sapi_cgi_read_post(byte[] buffer, int count) {
        long remaining = SapiGlobals.request_info.content_length - SapiGlobals.read_post_bytes;
        int want = (int) Math.max(0, Math.min(count, remaining));
        int read = 0;
        while (read < want) {
            int n = current.readBody(buffer, read, want - read);
            if (n <= 0) break;
            read += n;
        }
        return read;
    }

    /** Port of sapi_cgi_register_variables: the CGI environment, then PHP_SELF. */
    static void sapi_cgi_register_variables(BiConsumer<String, String> php_register_variable) {
        for (Map.Entry<String, String> e : current.environ().entrySet()) php_register_variable.accept(e.getKey(), e.getValue());
        String scriptName = SapiGlobals.request_info.request_uri;
        String phpSelf;
        if (fix_pathinfo) {
            String pi = current.getenv("PATH_INFO");
            if (pi == null) pi = path_info;
            phpSelf = (scriptName == null ? "" : scriptName) + (pi == null ? "" : pi);
        } else {
            phpSelf = scriptName == null ? "" : scriptName;
        }
        php_register_variable.accept("PHP_SELF", phpSelf);
    }

    /** Port of php_cgi_usage. */
    static String php_cgi_usage() {
        String p = PROG;
        return "Usage: " + p + " [-q] [-h] [-s] [-v] [-i] [-f <file>]\n"
                + "       " + p + " <file> [args...]\n"
                + "  -a               Run interactively\n"
                + "  -b <address:port>|<port> Bind Path for external FASTCGI Server mode\n"
                + "  -C               Do not chdir to the script's directory\n"
                + "  -c <path>|<file> Look for php.ini file in this directory\n"
                + "  -n               No php.ini file will be used\n"
                + "  -d foo[=bar]     Define INI entry foo with value 'bar'\n"
                + "  -e               Generate extended information for debugger/profiler\n"
                + "  -f <file>        Parse <file>.  Implies `-q'\n"
                + "  -h               This help\n"
                + "  -i               PHP information\n"
                + "  -l               Syntax check only (lint)\n"
                + "  -m               Show compiled in modules\n"
                + "  -q               Quiet-mode.  Suppress HTTP Header output.\n"
                + "  -s               Display colour syntax highlighted source.\n"
                + "  -v               Version number\n"
                + "  -w               Display source with stripped comments and whitespace.\n"
                + "  -z <file>        Load Zend extension <file>.\n"
                + "  -T <count>       Measure execution time of script repeated <count> times.\n";
    }

    /** The process entry point, as cgi_main.c's main(): exits with the status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs php-cgi on the process's environment, stdin and stdout; returns the exit status. */
    public static int run(String[] args) {
        OutputStream stdout = new OutputStream() {
            @Override
            public void write(int b) {
                PhpStdio.writeStdout(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!PhpStdio.writeStdout(b, off, len)) throw new IOException("stdout closed");
            }

            @Override
            public void flush() {
                PhpStdio.flushStdout();
            }
        };
        CgiRequest request = new CgiRequest(PhpMain.environ(), System.in, stdout);
        return SapiProcess.run(() -> cgi_main(args, request));
    }

    /** Port of cgi_main.c's main() in plain CGI mode, for one request. */
    static int cgi_main(String[] args, CgiRequest request) {
        current = request;
        String[] argv = new String[args.length + 1];
        argv[0] = PROG;
        System.arraycopy(args, 0, argv, 1, args.length);
        boolean cgi = request.getenv("SERVER_SOFTWARE") != null || request.getenv("SERVER_NAME") != null
                || request.getenv("GATEWAY_INTERFACE") != null || request.getenv("REQUEST_METHOD") != null;
        // a query string without '=' is passed on the command line by some servers: never options
        boolean skipGetopt = false;
        String qs = request.getenv("QUERY_STRING");
        if (qs != null && qs.indexOf('=') < 0) {
            String decoded;
            try {
                decoded = URLDecoder.decode(qs, StandardCharsets.ISO_8859_1);
            } catch (IllegalArgumentException e) {
                decoded = qs;
            }
            int i = 0;
            while (i < decoded.length() && decoded.charAt(i) <= ' ') i++;
            skipGetopt = i < decoded.length() && decoded.charAt(i) == '-';
        }
        StringBuilder iniEntries = new StringBuilder();
        String iniPathOverride = null;
        boolean iniIgnore = false;
        StringBuilder errors = new StringBuilder();
        PhpGetopt opt = new PhpGetopt(argv, OPTIONS, false, errors);
        int c;
        while (!skipGetopt && (c = opt.next()) != PhpGetopt.EOF) {
            switch (c) {
                case 'c' -> iniPathOverride = opt.optarg;
                case 'n' -> iniIgnore = true;
                case 'd' -> CommandLineIni.define(iniEntries, opt.optarg);
                default -> { }
            }
        }
        SapiModule module = cgi_sapi_module();
        SAPI.sapi_startup(module);
        module.php_ini_path_override = iniPathOverride;
        module.php_ini_ignore = iniIgnore;
        module.executable_location = argv[0];
        module.ini_entries = iniEntries.isEmpty() ? null : iniEntries.toString();
        if (!module.startup.startup(module)) return 255;
        try {
            if (cgi && force_redirect) {
                if (request.getenv("REDIRECT_STATUS") == null && request.getenv("HTTP_REDIRECT_STATUS") == null
                        && (redirect_status_env == null || request.getenv(redirect_status_env) == null)) {
                    SapiGlobals.sapi_headers.http_response_code = 400;
                    PhpOutput.php_output_write(SECURITY_ALERT);
                    return 255;
                }
            }
            return cgi_request(request, argv, cgi, skipGetopt);
        } finally {
            PhpMain.php_module_shutdown();
            SAPI.sapi_shutdown();
            current = null;
        }
    }

    /**
     * One request's lifecycle: init_request_info, php_request_startup, open the primary script,
     * php_execute_script, php_request_shutdown. Returns the request's exit status.
     */
    static int cgi_request(CgiRequest request, String[] argv, boolean cgi, boolean skipGetopt) {
        current = request;
        SapiGlobals.server_context = request;
        init_request_info(request);
        boolean noHeaders = false;
        String scriptFile = null;
        int optind = 1;
        if (!cgi) {
            StringBuilder errors = new StringBuilder();
            PhpGetopt opt = new PhpGetopt(argv, OPTIONS, true, errors);
            int c;
            String unavailable = null;
            while (!skipGetopt && (c = opt.next()) != PhpGetopt.EOF) {
                switch (c) {
                    case 'f' -> {
                        scriptFile = opt.optarg;
                        noHeaders = true;
                    }
                    case 'q' -> noHeaders = true;
                    case 'v' -> {
                        PhpOutput.php_output_write(PhpVersion.banner("cgi-fcgi"));
                        return 0;
                    }
                    case 'h', '?', PhpGetopt.INVALID_ARG -> {
                        PhpStdio.writeStderr(errors.toString());
                        PhpOutput.php_output_write(php_cgi_usage());
                        return c == PhpGetopt.INVALID_ARG ? 1 : 0;
                    }
                    case 'a' -> unavailable = "-a (interactive) needs the compiler and executor";
                    case 'i' -> unavailable = "-i (phpinfo) needs the engine's extensions";
                    case 'l' -> unavailable = "-l (lint) needs the compiler";
                    case 'm' -> unavailable = "-m (the module list) needs the engine's extensions";
                    case 's' -> unavailable = "-s (highlight) needs the scanner";
                    case 'w' -> unavailable = "-w (strip) needs the scanner";
                    case 'z' -> unavailable = "-z (Zend extensions) cannot be loaded into jzend";
                    case 'T' -> unavailable = "-T (timing) is not implemented yet";
                    default -> { } // -C, -e, -b, -c, -d, -n
                }
            }
            if (unavailable != null) {
                PhpOutput.php_output_write("Not available in jzend yet: " + unavailable + ".\n");
                return 1;
            }
            optind = opt.optind;
            if (scriptFile == null && optind < argv.length) scriptFile = argv[optind++];
            if (scriptFile != null) {
                // the remaining arguments form the query string: test.php v1=test v2=hello
                String[] rest = Arrays.copyOfRange(argv, optind, argv.length);
                if (rest.length > 0) SapiGlobals.request_info.query_string = String.join("&", rest);
                SapiGlobals.request_info.path_translated = scriptFile;
            }
        }
        if (!PhpMain.php_request_startup()) return 255;
        int exitStatus;
        try {
            if (noHeaders) {
                SapiGlobals.headers_sent = true;
                SapiGlobals.request_info.no_headers = true;
            }
            ZendFileHandle file;
            if (cgi || SapiGlobals.request_info.path_translated != null) {
                file = php_fopen_primary_script();
                if (file == null) return 255;
            } else {
                byte[] contents;
                try {
                    contents = System.in.readAllBytes();
                } catch (IOException e) {
                    contents = new byte[0];
                }
                file = new ZendFileHandle(ZendFileHandle.STDIN_CODE, "", null, contents);
            }
            CompilerGlobals.skip_shebang = check_shebang_line;
            PhpMain.php_execute_script(file);
            exitStatus = ExecutorGlobals.exit_status;
        } finally {
            PhpMain.php_request_shutdown();
        }
        return exitStatus;
    }

    /** Port of php_fopen_primary_script's outcome in php-cgi: the script, or 404/403 with php-cgi's text. */
    private static ZendFileHandle php_fopen_primary_script() {
        String pathTranslated = SapiGlobals.request_info.path_translated;
        Path path = pathTranslated == null ? null : Path.of(pathTranslated);
        try {
            if (path != null && Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) {
                    SapiGlobals.sapi_headers.http_response_code = 403;
                    PhpOutput.php_output_write("Access denied.\n");
                    return null;
                }
                byte[] contents = Files.readAllBytes(path);
                Path real = path.toRealPath();
                return new ZendFileHandle(real.toString(), pathTranslated, real, contents);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to 404, as a failed open does
        }
        SapiGlobals.sapi_headers.http_response_code = 404;
        PhpOutput.php_output_write("No input file specified.\n");
        return null;
    }

    /** Port of init_request_info (plain CGI, cgi.fix_pathinfo's split of SCRIPT_FILENAME/PATH_INFO). */
    static void init_request_info(CgiRequest request) {
        SapiRequestInfo ri = SapiGlobals.request_info;
        String envScriptFilename = request.getenv("SCRIPT_FILENAME");
        String envPathTranslated = request.getenv("PATH_TRANSLATED");
        String scriptPathTranslated = envScriptFilename != null ? envScriptFilename : envPathTranslated;
        ri.path_translated = null;
        ri.request_method = null;
        ri.proto_num = 1000;
        ri.query_string = null;
        ri.request_uri = null;
        ri.content_type = null;
        ri.content_length = 0;
        ri.request_body = null;
        SapiGlobals.sapi_headers.http_response_code = 200;
        path_info = null;
        if (scriptPathTranslated == null) return;
        String contentLength = request.getenv("CONTENT_LENGTH");
        String contentType = request.getenv("CONTENT_TYPE");
        if (fix_pathinfo) {
            // walk back from the full path to the longest prefix that is a file; the rest is PATH_INFO
            String candidate = scriptPathTranslated;
            while (!candidate.isEmpty() && !Files.isRegularFile(Path.of(candidate))) {
                int slash = candidate.lastIndexOf('/');
                if (slash <= 0) {
                    candidate = "";
                    break;
                }
                candidate = candidate.substring(0, slash);
            }
            if (!candidate.isEmpty() && candidate.length() < scriptPathTranslated.length()) {
                path_info = scriptPathTranslated.substring(candidate.length());
                ri.path_translated = candidate;
            } else {
                ri.path_translated = scriptPathTranslated;
            }
        } else {
            ri.path_translated = scriptPathTranslated;
        }
        ri.request_uri = request.getenv("SCRIPT_NAME");
        ri.request_method = request.getenv("REQUEST_METHOD");
        ri.query_string = request.getenv("QUERY_STRING");
        ri.content_type = contentType != null ? contentType : "";
        ri.content_length = contentLength != null ? ZendAtol.atol(contentLength) : 0;
        StartupTrace.stage("init_request_info", ri.request_method + " " + ri.path_translated
                + (ri.content_length > 0 ? " CONTENT_LENGTH=" + ri.content_length : ""));
    }
}
