package wirewatch.feed;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Makes the one {@link OkHttpClient} a wirewatch process shares: explicit timeouts, redirects left to
 * {@link FeedPoller} (which caps them and detects loops), a clear {@code User-Agent}, feed types in {@code Accept},
 * and a connection pool and dispatcher sized for hundreds of feeds on a few hosts. Derive variants with
 * {@code newBuilder()} so they share the pool.
 */
public final class HttpClients {
    /** Sent with every request, so that publishers can tell a reader from a scraper. */
    public static final String USER_AGENT = "wirewatch/0.1 (+feed reader)";
    /** Preference for feed formats, then generic XML, then anything (some servers label feeds text/html). */
    static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

    /** Idle connections kept: one per host for many hosts, or a host's full per-host allowance, whichever is more. */
    private static final int MIN_IDLE_CONNECTIONS = 64;
    private static final long KEEP_ALIVE_MINUTES = 5;
    /** Async calls in flight in all; synchronous calls are bounded by the caller's pool instead. */
    private static final int MAX_ASYNC_REQUESTS = 256;

    /**
     * A client with the JVM's trusted certificates, made once: reading and parsing them, and indexing them for
     * OkHttp's certificate checks, is most of a client's creation. Clients are derived from it.
     */
    private static final AtomicReference<CompletableFuture<OkHttpClient>> TLS = new AtomicReference<>();

    private HttpClients() {
    }

    /**
     * Starts reading the trusted certificates on a background thread, so that a client created later, after the
     * config and the store are open, need not wait for them.
     */
    public static void prepare() {
        tls(true);
    }

    /** A new client bounded by {@code limits}; the caller keeps it for the life of the process. */
    public static OkHttpClient create(HttpLimits limits) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_ASYNC_REQUESTS);
        dispatcher.setMaxRequestsPerHost(limits.maxPerHost());
        int idle = Math.max(MIN_IDLE_CONNECTIONS, limits.maxPerHost() * 4);
        // newBuilder keeps the trust and certificate checks the template was built with, rather than redoing them.
        return tls(false).join().newBuilder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(idle, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES))
                .connectTimeout(limits.connectTimeout())
                .readTimeout(limits.readTimeout())
                .writeTimeout(limits.readTimeout())
                .callTimeout(limits.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(HttpClients::defaultHeaders)
                .build();
    }

    private static CompletableFuture<OkHttpClient> tls(boolean background) {
        CompletableFuture<OkHttpClient> mine = new CompletableFuture<>();
        if (!TLS.compareAndSet(null, mine)) {
            return TLS.get();
        }
        Runnable load = () -> {
            try {
                Tls tls = Tls.platform();
                mine.complete(new OkHttpClient.Builder().sslSocketFactory(tls.sockets(), tls.trust()).build());
            } catch (GeneralSecurityException | RuntimeException e) {
                mine.completeExceptionally(new IllegalStateException("cannot set up TLS: " + e.getMessage(), e));
            }
        };
        if (background) {
            Thread thread = new Thread(load, "tls-setup");
            thread.setDaemon(true);
            thread.start();
        } else {
            load.run();
        }
        return mine;
    }

    /** The platform's default trust, as OkHttp would set it up itself. */
    private record Tls(SSLSocketFactory sockets, X509TrustManager trust) {
        static Tls platform() throws GeneralSecurityException {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    SSLContext context = SSLContext.getInstance("TLS");
                    context.init(null, new TrustManager[] {x509}, null);
                    return new Tls(context.getSocketFactory(), x509);
                }
            }
            throw new KeyStoreException("the JVM has no X.509 trust manager");
        }
    }

    private static Response defaultHeaders(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder();
        if (request.header("User-Agent") == null) {
            builder.header("User-Agent", USER_AGENT);
        }
        if (request.header("Accept") == null) {
            builder.header("Accept", FEED_ACCEPT);
        }
        return chain.proceed(builder.build());
    }
}
