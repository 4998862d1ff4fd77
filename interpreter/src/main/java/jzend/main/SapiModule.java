package jzend.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * sapi_module_struct (main/SAPI.h): what a server API tells PHP about itself and the callbacks
 * through which PHP reaches the outside world. A SAPI fills one in and hands it to
 * {@link SAPI#sapi_startup}, which copies it into the global {@link SAPI#sapi_module}. A null
 * callback means "not provided", as a NULL pointer does in C.
 */
public final class SapiModule {
    /** startup(sapi_module): php_module_startup and whatever the SAPI needs; false = FAILURE. */
    @FunctionalInterface
    public interface Startup {
        boolean startup(SapiModule module);
    }

    /** ub_write: unbuffered write of output; returns the bytes written. */
    @FunctionalInterface
    public interface UbWrite {
        int write(byte[] str, int off, int len);
    }

    /** sapi_error: how SAPI.c reports its own errors (php_error). */
    @FunctionalInterface
    public interface SapiError {
        void error(int type, String message);
    }

    /** header_handler: sees each header op; returns SAPI_HEADER_ADD to let SAPI.c store the header. */
    @FunctionalInterface
    public interface HeaderHandler {
        int handle(SapiHeader header, SAPI.SapiHeaderOp op, SapiHeaders headers);
    }

    /** read_post: reads up to {@code count} bytes of the request body; 0 at its end. */
    @FunctionalInterface
    public interface ReadPost {
        int read(byte[] buffer, int count);
    }

    /** log_message: where error_log-less logging goes (stderr for cli and cgi). */
    @FunctionalInterface
    public interface LogMessage {
        void log(String message, int syslogTypeInt);
    }

    public String name;
    public String pretty_name;

    public Startup startup;
    public BooleanSupplier shutdown;

    public BooleanSupplier activate;
    public BooleanSupplier deactivate;

    public UbWrite ub_write;
    public Runnable flush;
    /** get_stat: the request's script, whose stat getmyuid() and friends read (null: use the primary script). */
    public Supplier<Path> get_stat;
    public UnaryOperator<String> getenv;

    public SapiError sapi_error;

    public HeaderHandler header_handler;
    /** send_headers: returns SAPI_HEADER_SENT_SUCCESSFULLY, SAPI_HEADER_DO_SEND or SAPI_HEADER_SEND_FAILED. */
    public ToIntFunction<SapiHeaders> send_headers;
    /** send_header: one header; null = the end of the headers. */
    public Consumer<SapiHeader> send_header;

    public ReadPost read_post;
    public Supplier<String> read_cookies;

    /** register_server_variables: hands $_SERVER's entries to php_register_variable (the sink). */
    public Consumer<BiConsumer<String, String>> register_server_variables;
    public LogMessage log_message;
    public DoubleSupplier get_request_time;
    public Runnable terminate_process;

    // STANDARD_SAPI_MODULE_PROPERTIES
    public String php_ini_path_override;
    /** default_post_reader: swallows a body no known content type claimed (php_default_post_reader). */
    public Runnable default_post_reader;
    public String executable_location;
    public boolean php_ini_ignore;
    public boolean php_ini_ignore_cwd;
    /** ini_defaults: the SAPI's defaults, put into configuration_hash before any ini file. */
    public Consumer<Map<String, String>> ini_defaults;
    public boolean phpinfo_as_text;
    /** ini_entries: "key=value\n" lines (the SAPI's hard-coded ini plus -d), parsed after the ini file. */
    public String ini_entries;
    /** additional_functions: names of the functions the SAPI adds (the function table is the engine's). */
    public List<String> additional_functions = List.of();

    /** A field-by-field copy, as sapi_startup's struct assignment makes. */
    public SapiModule copy() {
        SapiModule m = new SapiModule();
        m.name = name;
        m.pretty_name = pretty_name;
        m.startup = startup;
        m.shutdown = shutdown;
        m.activate = activate;
        m.deactivate = deactivate;
        m.ub_write = ub_write;
        m.flush = flush;
        m.get_stat = get_stat;
        m.getenv = getenv;
        m.sapi_error = sapi_error;
        m.header_handler = header_handler;
        m.send_headers = send_headers;
        m.send_header = send_header;
        m.read_post = read_post;
        m.read_cookies = read_cookies;
        m.register_server_variables = register_server_variables;
        m.log_message = log_message;
        m.get_request_time = get_request_time;
        m.terminate_process = terminate_process;
        m.php_ini_path_override = php_ini_path_override;
        m.default_post_reader = default_post_reader;
        m.executable_location = executable_location;
        m.php_ini_ignore = php_ini_ignore;
        m.php_ini_ignore_cwd = php_ini_ignore_cwd;
        m.ini_defaults = ini_defaults;
        m.phpinfo_as_text = phpinfo_as_text;
        m.ini_entries = ini_entries;
        m.additional_functions = additional_functions;
        return m;
    }
}
