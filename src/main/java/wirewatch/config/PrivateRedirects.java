package wirewatch.config;

/**
 * Whether a feed on a public address may be redirected to a loopback, link-local or private one. Refused by default:
 * a public site has no business sending a reader to the machine's own services or to a cloud metadata address.
 */
public enum PrivateRedirects {
    /** Refuse such a redirect; the feed fails with a message saying so. */
    REFUSE,
    /** Follow it, as for a feed behind a proxy that hands over to an internal server. */
    ALLOW
}
