package jzend.main;

import java.util.ArrayList;
import java.util.List;

/** sapi_headers_struct: the response's headers, status and content type, as the script shapes them. */
public final class SapiHeaders {
    public final List<SapiHeader> headers = new ArrayList<>();
    public int http_response_code;
    public boolean send_default_content_type;
    /** The content type (SG(sapi_headers).mimetype); jzend also keeps it in the request heap, see SAPI. */
    public String mimetype;
    /** The status line the script set with header("HTTP/1.1 404 Not Found"), or null. */
    public String http_status_line;
}
