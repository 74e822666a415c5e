package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PgAddressTest {

    @Test
    void readsUserHostPortAndDatabase() {
        assertEquals(new PgAddress("ana", "127.0.0.1", 5433, "news"),
                PgAddress.parse("postgresql://ana@127.0.0.1:5433/news"));
    }

    @Test
    void portDefaultsToPostgresqlsOwn() {
        assertEquals(5432, PgAddress.parse("postgres://ana@db.example/news").port());
    }

    @Test
    void passwordInTheAddressIsRefusedAndNeverRepeated() {
        StoreException e = assertThrows(StoreException.class,
                () -> PgAddress.parse("postgresql://ana:hunter2@127.0.0.1/news"));
        assertEquals("the store address postgresql://ana:***@127.0.0.1/news holds a password; take it out and put "
                + "it in PGPASSWORD or ~/.pgpass", e.getMessage());
    }

    @Test
    void addressWithoutUserOrDatabaseSaysTheForm() {
        StoreException e = assertThrows(StoreException.class, () -> PgAddress.parse("postgresql://127.0.0.1/"));
        assertEquals("cannot read the store address postgresql://127.0.0.1/: it needs a user, a host and a database, "
                + "and nothing more; write it as postgresql://USER@HOST:PORT/DATABASE", e.getMessage());
    }

    @Test
    void onlyPostgresqlSchemesAreAddresses() {
        assertTrue(PgAddress.isAddress("postgresql://ana@127.0.0.1/news"));
        assertFalse(PgAddress.isAddress("/home/ana/wirewatch.db"));
    }

    @Test
    void ipv6HostIsBracketed() {
        PgAddress address = PgAddress.parse("postgresql://ana@[::1]:5433/news");
        assertEquals("postgresql://ana@[::1]:5433/news", address.toString());
        assertEquals("jdbc:postgresql://[::1]:5433/news", address.jdbcUrl());
    }
}
