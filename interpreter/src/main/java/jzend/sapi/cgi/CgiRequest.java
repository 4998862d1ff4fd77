package jzend.sapi.cgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * One request as php-cgi receives it: its CGI environment, the body on stdin, and where the
 * response goes. Plain CGI has exactly one (the process environment, stdin, stdout); a FastCGI
 * front end will make one per FCGI_BEGIN_REQUEST, with the params as environment, FCGI_STDIN
 * records as body and FCGI_STDOUT records as output, and run each through the same request
 * lifecycle ({@link CgiMain#cgi_request}).
 */
public final class CgiRequest {
    private final Map<String, String> env;
    private final InputStream body;
    private final OutputStream out;

    public CgiRequest(Map<String, String> env, InputStream body, OutputStream out) {
        this.env = Map.copyOf(env);
        this.body = body;
        this.out = out;
    }

    /** sapi_cgi_getenv / CGI_GETENV. */
    public String getenv(String name) {
        return env.get(name);
    }

    public Map<String, String> environ() {
        return env;
    }

    /** read(STDIN_FILENO, …): up to {@code count} bytes; 0 at end of input. */
    int readBody(byte[] buffer, int off, int count) {
        try {
            int n = body.read(buffer, off, count);
            return Math.max(n, 0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** write(STDOUT_FILENO, …); false when the server went away. */
    boolean write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException ignored) {
            // the server went away; the next write reports it
        }
    }
}
