package wirewatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoreReaderTest {
    private static final String FEEDS = "feeds:\n  - name: kyiv-wire\n    url: http://127.0.0.1/rss\n";

    private static Config parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, Path.of("feeds.yml"));
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void withoutStoreTheConfigNamesNone() throws Exception {
        assertNull(parse(FEEDS).storeUrl());
    }

    @Test
    void storeUrlIsReadInFlowOrBlockForm() throws Exception {
        assertEquals("postgresql://ana@127.0.0.1:5432/news",
                parse(FEEDS + "store: {url: postgresql://ana@127.0.0.1:5432/news}\n").storeUrl());
        assertEquals("postgresql://ana@127.0.0.1/news",
                parse(FEEDS + "store:\n  url: postgresql://ana@127.0.0.1/news\n").storeUrl());
    }

    @Test
    void passwordInStoreUrlIsRefusedWithoutRepeatingIt() {
        assertEquals("feeds.yml:4:14: 'url' in 'store' holds a password; take it out and put it in PGPASSWORD or "
                + "~/.pgpass", error(FEEDS + "store: {url: postgresql://ana:hunter2@127.0.0.1/news}\n"));
    }

    @Test
    void fileInStoreUrlSaysToLeaveStoreOut() {
        assertEquals("feeds.yml:4:14: 'url' in 'store' must be a PostgreSQL address such as "
                + "postgresql://USER@HOST:5432/DATABASE; leave 'store' out to keep the SQLite file",
                error(FEEDS + "store: {url: /var/lib/wirewatch.db}\n"));
    }

    @Test
    void leaseDefaultsToThirtySecondsAndIsRead() throws Exception {
        assertEquals(Duration.ofSeconds(30), parse(FEEDS).lease());
        assertEquals(Duration.ofSeconds(3),
                parse(FEEDS + "store: {url: postgresql://ana@127.0.0.1/news, lease: 3s}\n").lease());
    }

    @Test
    void badLeaseNamesTheFix() {
        assertEquals("feeds.yml:4:54: 'lease' in 'store' must be longer than zero; write e.g. lease: 30s",
                error(FEEDS + "store: {url: postgresql://ana@127.0.0.1/news, lease: 0s}\n"));
    }
}
