package wirewatch.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import wirewatch.store.PgAddress;
import wirewatch.store.StoreException;

/** Checks {@code --db} when it is read: a PostgreSQL address must be whole and hold no password (exit code 2). */
final class DbOption implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (PgAddress.isAddress(value)) {
            try {
                PgAddress.parse(value);
            } catch (StoreException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
        return value;
    }
}
