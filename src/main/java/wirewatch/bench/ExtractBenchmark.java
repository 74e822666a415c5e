package wirewatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import wirewatch.statement.Aliases;
import wirewatch.statement.Extraction;
import wirewatch.statement.StatementExtractor;

/**
 * Measures extraction speed on generated news articles of about 5 KB: quotes of every form, reported speech,
 * titles, pronouns and filler prose. The caller supplies the nanosecond ticker (the package reads no clock), so
 * {@code new ExtractBenchmark(System::nanoTime).run(2000)} measures real time.
 */
public final class ExtractBenchmark {
    private static final String[] SPEAKERS = {"Prime Minister Elena Varga", "Defence Minister Tomas Hollander",
        "opposition leader Marek Stolz", "the interior ministry spokeswoman, Ilse Brandt,", "General Piotr Lasko",
        "Foreign Minister Aurel Danescu"};
    private static final String[] SURNAMES = {"Varga", "Hollander", "Stolz", "Brandt", "Lasko", "Danescu"};
    private static final String[] REMARKS = {"the corridor will stay open for as long as the shelling has stopped",
        "no convoy leaves the port until the inspectors have signed the manifest",
        "we are ready to talk, but not while our towns are under fire",
        "the harvest agreement must be renewed before the end of the month",
        "the monitors need access to every crossing along the river",
        "the talks in Geneva have produced nothing but promises"};

    /** Articles per second and the statements found, measured over a run. */
    public record Result(int articles, long chars, int statements, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles (%.1f KB each), %d statements in %.2f s: %.0f articles/s",
                    articles, chars / 1024.0 / articles, statements, seconds, articlesPerSecond());
        }
    }

    private final LongSupplier nanoTime;

    public ExtractBenchmark(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Extracts from {@code articles} generated articles after a warm-up, carrying aliases across them. */
    public Result run(int articles) {
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < Math.max(1, articles); i++) {
            String text = article(i);
            texts.add(text);
            chars += text.length();
        }
        StatementExtractor extractor = new StatementExtractor();
        for (int i = 0; i < Math.min(200, texts.size()); i++) {
            extractor.extract(texts.get(i), Aliases.none());
        }
        Aliases aliases = Aliases.none();
        int statements = 0;
        long start = nanoTime.getAsLong();
        for (String text : texts) {
            Extraction x = extractor.read(text, aliases);
            aliases = x.aliases();
            statements += x.statements().size();
        }
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        return new Result(texts.size(), chars, statements, seconds);
    }

    /** A generated article of about 5 KB; the same index gives the same text. */
    static String article(int index) {
        StringBuilder b = new StringBuilder(5600);
        b.append("Talks on the river corridor resume as shelling eases\n\n");
        int p = 0;
        while (b.length() < 5000) {
            int s = (index + p) % SPEAKERS.length;
            String remark = REMARKS[(index * 7 + p) % REMARKS.length];
            switch (p % 5) {
                case 0:
                    b.append(SPEAKERS[s]).append(" said on Tuesday that ").append(remark)
                            .append(", adding that the government would publish the figures on Friday.\n");
                    break;
                case 1:
                    b.append('\u201C').append(capital(remark)).append(",\u201D ").append(SURNAMES[s])
                            .append(" told reporters in the capital. \u201CNobody should doubt that.\u201D\n");
                    break;
                case 2:
                    b.append("The convoy of 40 lorries reached the checkpoint near Orlova before dawn, local officials")
                            .append(" reported, and aid workers began unloading flour, medicine and generators.")
                            .append(" Residents queued in the rain outside the school that serves as a depot.\n");
                    break;
                case 3:
                    b.append("According to ").append(SURNAMES[s]).append(", ").append(remark).append(". He warned")
                            .append(" that the \u201Cwindow for a deal\u201D was closing and insisted the monitors")
                            .append(" must report by the weekend.\n");
                    break;
                default:
                    b.append("\u00AB").append(capital(remark)).append("\u00BB, ").append(SURNAMES[s])
                            .append(" wrote in a statement, a line the state broadcaster repeated all evening.\n");
            }
            p++;
        }
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
