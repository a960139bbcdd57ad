package com.touchpoint.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.touchpoint.shared.DatabaseUnavailable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.net.URI;

/** Writes the API's 401, 403 and refused-path answers as application/problem+json. */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(request, response, HttpStatus.UNAUTHORIZED,
                    "A valid API token is required: send 'Authorization: Bearer <token>'.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN,
                "The API token does not carry the scope this request needs.");
    }

    /** 503 while the stored API tokens cannot be read because the database is not reachable. */
    void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = DatabaseUnavailable.problem();
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        write(response, HttpStatus.SERVICE_UNAVAILABLE, problem);
    }

    /** Problem+json under /api; elsewhere a plain 400, since a browser has no use for the details. */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> {
            if (response.isCommitted()) {
                return;
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                // The refused path itself is not echoed: it is exactly what could not be trusted.
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        "The request path contains a sequence that is not allowed (an encoded '%', ';' or '/', "
                                + "'..' or a control character); send the path without it.");
                write(response, HttpStatus.BAD_REQUEST, problem);
            } else {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.getWriter().write("Bad Request");
            }
        };
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        write(response, status, problem);
    }

    private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
