/** feeds.yml to validated records: feeds, watches, people and alerts. Imports nothing of wirewatch. */
@NullMarked
package wirewatch.config;

import org.jspecify.annotations.NullMarked;
