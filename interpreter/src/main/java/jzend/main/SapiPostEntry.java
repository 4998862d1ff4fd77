package jzend.main;

/**
 * sapi_post_entry: a content type the SAPI layer knows how to read a POST body of, with its reader
 * (post_reader) and the handler that turns the body into $_POST (post_handler; null until
 * superglobals exist).
 */
public record SapiPostEntry(String contentType, Runnable postReader, Runnable postHandler) {}
