package wirewatch.feed;

/**
 * The standard reason phrase of an HTTP status (RFC 9110 section 15), so that messages read the same whatever
 * phrase a server sends (HTTP/2 sends none; test servers send generic ones).
 */
final class StatusText {
    private StatusText() {
    }

    /** The standard phrase for {@code status}, else the server's own phrase, else nothing. */
    static String of(int status, String serverPhrase) {
        String known = switch (status) {
            case 300 -> "Multiple Choices";
            case 305 -> "Use Proxy";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 421 -> "Misdirected Request";
            case 422 -> "Unprocessable Content";
            case 426 -> "Upgrade Required";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> null;
        };
        if (known != null) {
            return known;
        }
        return serverPhrase.isBlank() ? "" : serverPhrase.strip();
    }
}
