package jzend.main;

/** sapi_header_struct: one response header line, without its CRLF. */
public record SapiHeader(String header) {
    /** The name before the colon (the whole line when there is none). */
    public String name() {
        int colon = header.indexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }
}
