package wirewatch.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import wirewatch.config.PrivateRedirects;

/**
 * Which addresses are not on the public internet, and the rule for redirects into them: a feed whose own URL is
 * public may not be redirected to a loopback, link-local (such as the cloud metadata address 169.254.169.254),
 * private or otherwise local address unless its config allows it, since a public server could otherwise make
 * wirewatch call services that only this machine or its network can reach. A feed whose own address is local may
 * be redirected anywhere: the user pointed it there. Pure.
 */
final class PrivateAddresses {
    private PrivateAddresses() {
    }

    /**
     * Loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), unspecified, multicast, "this network" 0/8,
     * carrier-grade NAT 100.64/10 and IPv6 unique local fc00::/7 addresses.
     */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second <= 127;
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
    }

    /**
     * Why a redirect from a feed whose own URL connected to {@code origin} must not go on to {@code target}, or empty
     * when it may.
     */
    static Optional<String> refusal(InetAddress origin, InetAddress target, PrivateRedirects policy) {
        if (policy == PrivateRedirects.ALLOW || isPrivate(origin) || !isPrivate(target)) {
            return Optional.empty();
        }
        return Optional.of("refused redirect from public address " + origin.getHostAddress() + " to private address "
                + target.getHostAddress() + "; if the feed really moved there, add 'private-redirects: allow' to "
                + "the feed in feeds.yml");
    }
}
