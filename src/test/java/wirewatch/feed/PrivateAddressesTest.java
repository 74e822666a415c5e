package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import wirewatch.config.PrivateRedirects;

/** Addresses as literals: InetAddress parses them without any DNS lookup. */
class PrivateAddressesTest {
    private static InetAddress at(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void localAddressesArePrivate() throws Exception {
        for (String literal : new String[] {"127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1",
                "172.31.255.255", "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1",
                "100.64.0.1", "100.127.255.254", "0.0.0.0", "::", "224.0.0.1", "::ffff:127.0.0.1",
                "::ffff:169.254.169.254"}) {
            assertTrue(PrivateAddresses.isPrivate(at(literal)), literal);
        }
    }

    @Test
    void internetAddressesArePublic() throws Exception {
        for (String literal : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "11.0.0.1",
                "2001:4860:4860::8888", "2a00:1450:4001::200e"}) {
            assertFalse(PrivateAddresses.isPrivate(at(literal)), literal);
        }
    }

    @Test
    void publicFeedRedirectedToTheMetadataAddressIsRefused() throws Exception {
        assertEquals(Optional.of("refused redirect from public address 93.184.216.34 to private address "
                        + "169.254.169.254; if the feed really moved there, add 'private-redirects: allow' to the feed "
                        + "in feeds.yml"),
                PrivateAddresses.refusal(at("93.184.216.34"), at("169.254.169.254"), PrivateRedirects.REFUSE));
    }

    @Test
    void publicFeedRedirectedToLoopbackOrAPrivateNetworkIsRefused() throws Exception {
        for (String target : new String[] {"127.0.0.1", "::1", "10.0.0.5", "192.168.0.10", "fd00::5"}) {
            assertTrue(PrivateAddresses.refusal(at("2a00:1450:4001::200e"), at(target), PrivateRedirects.REFUSE)
                    .isPresent(), target);
        }
    }

    @Test
    void publicFeedMayMoveToAnotherPublicAddress() throws Exception {
        assertEquals(Optional.empty(),
                PrivateAddresses.refusal(at("93.184.216.34"), at("8.8.8.8"), PrivateRedirects.REFUSE));
    }

    @Test
    void privateFeedMayBeRedirectedAnywhere() throws Exception {
        assertEquals(Optional.empty(),
                PrivateAddresses.refusal(at("127.0.0.1"), at("10.0.0.5"), PrivateRedirects.REFUSE));
        assertEquals(Optional.empty(),
                PrivateAddresses.refusal(at("192.168.1.1"), at("93.184.216.34"), PrivateRedirects.REFUSE));
    }

    @Test
    void allowedFeedFollowsARedirectIntoAPrivateNetwork() throws Exception {
        assertEquals(Optional.empty(),
                PrivateAddresses.refusal(at("93.184.216.34"), at("10.0.0.5"), PrivateRedirects.ALLOW));
    }
}
