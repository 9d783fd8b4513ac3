package org.parallax;

import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.time.PublicationDates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid: the story stage "published" on BigStoryProbe's cached articles as a process that loaded
 * them from the store meets them: after a warm-up on the last third (models loaded, code compiled), the
 * first two thirds, never seen in this process, timed with a fresh stage. Arguments: shared directory, cache file.
 */
public final class PublishedProbe {
    public static void main(String[] args) throws Exception {
        List<Article> big = BigStoryProbe.cached(Path.of(args[0]), Path.of(args[1]));
        int cut = big.size() * 2 / 3;
        List<Article> warm = big.subList(cut, big.size());
        List<Article> timed = big.subList(0, cut);
        for (int r = 0; r < 3; r++) {
            new PublicationDates().apply(Story.of("warm", null, warm));
        }
        long undated = timed.stream().filter(a -> a.published() == null).count();
        long t0 = System.nanoTime();
        Story out = new PublicationDates().apply(Story.of("timed", null, timed)).result().orElseThrow();
        double s = (System.nanoTime() - t0) / 1e9;
        long times = out.articles().stream().mapToLong(a -> a.times().size()).sum();
        StringBuilder dump = new StringBuilder();
        for (Article a : out.articles()) {
            dump.append(a.id()).append('\t').append(a.published()).append('\n');
            a.times().forEach(t -> dump.append(a.id()).append('\t').append(t).append('\n'));
        }
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), dump);
        }
        System.out.printf("published: %d articles (%d undated) in %.2f s; %d times%n", timed.size(), undated, s, times);
    }
}
