package jzend.main;

/** sapi_request_info: what the SAPI knows about the request before the script runs. */
public final class SapiRequestInfo {
    public String request_method;
    public String query_string;
    public String cookie_data;
    public long content_length;
    public String path_translated;
    public String request_uri;
    /** The request body read through read_post (php://input), or null when none was read. */
    public byte[] request_body;
    public String content_type;
    /** HEAD: the headers are sent, the body is not. */
    public boolean headers_only;
    /** cgi -q: no headers at all. */
    public boolean no_headers;
    public boolean headers_read;
    /** The content type as given, lower-cased up to ';' (content_type_dup). */
    public String content_type_dup;
    public String auth_user;
    public String auth_password;
    public String auth_digest;
    /** argv[0] as the SAPI ran it. */
    public String argv0;
    public String current_user;
    /** 1000 = HTTP/1.0 (the default), 1001 = HTTP/1.1. */
    public int proto_num = 1000;
    /** $argv: the script name and the arguments after it. */
    public String[] argv = new String[0];
    /** SG(request_info).post_entry: the entry whose reader took the body, or null. */
    public SapiPostEntry post_entry;
}
