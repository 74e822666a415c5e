package wirewatch.feed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.util.Optional;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import wirewatch.config.PrivateRedirects;

/**
 * Applies {@link PrivateAddresses#refusal} to the hops of one fetch. It rides on each hop's request as a tag; a
 * network interceptor hands it the address each hop is connected to, after DNS and before the request is sent, so
 * a host name that resolves to a private address is caught too. The first hop's address is the origin. Confined
 * to the thread running the fetch.
 */
final class RedirectGuard {
    private final PrivateRedirects policy;
    private @Nullable InetAddress origin;

    RedirectGuard(PrivateRedirects policy) {
        this.policy = policy;
    }

    /** The network interceptor: checks the hop's connected address, then sends the request. */
    static Response intercept(Interceptor.Chain chain) throws IOException {
        RedirectGuard guard = chain.request().tag(RedirectGuard.class);
        Connection connection = chain.connection();
        // Through a proxy the connected address is the proxy's, which says nothing of where the request goes.
        if (guard != null && connection != null && connection.route().proxy().type() == Proxy.Type.DIRECT) {
            guard.admit(connection.route().socketAddress().getAddress());
        }
        return chain.proceed(chain.request());
    }

    private void admit(InetAddress address) throws RedirectRefusedException {
        if (origin == null) {
            origin = address;
            return;
        }
        Optional<String> refusal = PrivateAddresses.refusal(origin, address, policy);
        if (refusal.isPresent()) {
            throw new RedirectRefusedException(refusal.get());
        }
    }

    /** A redirect refused by the rule; its message is the user's, not a transport failure's. */
    static final class RedirectRefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RedirectRefusedException(String message) {
            super(message);
        }
    }
}
