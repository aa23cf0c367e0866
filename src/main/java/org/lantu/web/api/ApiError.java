package org.lantu.web.api;

/** The body of every API error: what went wrong, and a detail a person can act on. */
public record ApiError(String error, String detail) {}
